package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.dsl.yaml.common.YamlDeserializerBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The route files are in Camel's canonical YAML notation: Camel logs a warning for every file in the
 * compact one, at each start and each reload, which an operator reading the hub's log should not have
 * to learn to ignore.
 */
class CanonicalRouteFilesTest extends YamlRouteTestSupport {

    private final Logger deserializer = (Logger) LoggerFactory.getLogger(YamlDeserializerBase.class);
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeEach
    void captureWarnings() {
        warnings.start();
        deserializer.addAppender(warnings);
    }

    @AfterEach
    void releaseWarnings() {
        deserializer.detachAppender(warnings);
    }

    @Test
    void noRouteFileIsInTheCompactNotation() throws Exception {
        List<String> files;
        try (Stream<Path> routes = Files.list(Path.of("routes"))) {
            files = routes.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        assertThat(files).contains("pipeline.yaml", "intake.yaml", "error-handling.yaml");

        loadRoutes(files.toArray(String[]::new));

        assertThat(warnings.list)
                .filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage)
                .isEmpty();
    }

    @Test
    void aRouteInTheCompactNotationIsWarnedAbout(@TempDir Path dir) throws Exception {
        Path compact = dir.resolve("compact.yaml");
        Files.writeString(
                compact,
                """
                - route:
                    id: compact
                    from:
                      uri: "direct:compact"
                      steps:
                        - to: "log:compact"
                """);

        loadRoutes("file:" + compact);

        assertThat(warnings.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(message -> assertThat(message).contains("compact notation"));
    }
}
