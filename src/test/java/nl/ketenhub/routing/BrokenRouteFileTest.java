package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.dsl.yaml.common.exception.UnknownNodeIdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.exceptions.ParserException;

/**
 * Documents how Camel 4.22 reports a broken route file: YAML syntax errors and unknown DSL keys fail
 * while loading and name the file, line and column; an unknown endpoint option fails only when the
 * route is created, naming the file (as the route's source) and the option, but no line.
 */
class BrokenRouteFileTest extends YamlRouteTestSupport {

    @TempDir
    Path dir;

    @Test
    void yamlSyntaxErrorNamesFileAndLine() throws Exception {
        Path file = write(
                "ingesprongen.yaml",
                """
                - route:
                    id: ingesprongen
                    from:
                      uri: "direct:in"
                      steps:
                        - to: "mock:uit"
                       - log: "one space too far left"
                """);

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(RuntimeCamelException.class)
                .hasMessageContaining("Error pre-parsing resource: file:" + file)
                .cause()
                .isInstanceOf(ParserException.class)
                .hasMessageContaining("in file:" + file + ", line 7, column 8");
    }

    @Test
    void unknownDslKeyNamesFileAndLine() throws Exception {
        Path file = write(
                "tikfout.yaml",
                """
                - route:
                    id: tikfout
                    from:
                      uri: "direct:in"
                      steps:
                        - too: "mock:uit"
                """);

        assertThatThrownBy(() -> load(file))
                .isInstanceOf(UnknownNodeIdException.class)
                .hasMessageContaining("Unknown node id: too")
                .hasMessageContaining("in file:" + file + ", line 6, column 11");
    }

    @Test
    void unknownEndpointOptionIsReportedWhenTheRouteIsCreatedWithFileButNoLine() throws Exception {
        Path file = write(
                "optie.yaml",
                """
                - route:
                    id: optie
                    from:
                      uri: "file:%s"
                      parameters:
                        readLockk: changed
                      steps:
                        - to: "mock:uit"
                """
                        .formatted(dir.resolve("inbox")));
        load(file); // loading accepts it: endpoint options are checked when the route is created

        assertThatThrownBy(() -> context.start())
                .isInstanceOf(FailedToCreateRouteException.class)
                .hasMessageContaining("Failed to create route: optie (source: file:" + file + ")")
                .hasMessageContaining("Unknown parameters=[{readLockk=changed}]")
                .message()
                .doesNotContain("line");
        assertThat(context.getRoute("optie")).isNull();
    }

    private Path write(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }

    private void load(Path file) throws Exception {
        loadRoutes("file:" + file);
    }
}
