package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.component.timer.TimerEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The local profile's live reload: the hub runs the route files of a folder (a copy of routes/ plus a
 * probe route), and editing a file there changes the running route without a restart; a broken edit
 * leaves every running route up.
 */
@SpringBootTest
@ActiveProfiles("local")
@ContextConfiguration(initializers = RouteReloadIT.ReloadFolder.class)
class RouteReloadIT {

    static final Path ROUTES =
            Path.of("target", "reload-routes-" + UUID.randomUUID().toString().substring(0, 8));

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Test
    void editingARouteFileReloadsTheRunningRoute() throws Exception {
        assertThat(producer.requestBody("direct:reload-probe", "x", String.class))
                .isEqualTo("v1");

        Files.writeString(ROUTES.resolve("probe.yaml"), probe("v2"));

        awaitTrue(() -> "v2".equals(producer.requestBody("direct:reload-probe", "x", String.class)));
        // one write can reach the file watcher as two changes, so the route may be reloaded once more
        awaitTrue(() -> camel.getRouteController().getRouteStatus("reload-probe") == ServiceStatus.Started);
        assertThat(producer.requestBody("direct:reload-probe", "x", String.class))
                .isEqualTo("v2");
    }

    @Test
    void editingAHubRouteFileChangesItsEndpoint() throws Exception {
        Path recovery = ROUTES.resolve("recovery.yaml");
        String edited = Files.readString(recovery).replace("{{ketenhub.recovery.period:30000}}", "4242000");

        Files.writeString(recovery, edited);

        awaitTrue(() -> camel.getRoute("recovery") != null
                && ((TimerEndpoint) camel.getRoute("recovery").getEndpoint()).getPeriod() == 4242000L);
        assertThat(camel.getRouteController().getRouteStatus("recovery")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("bericht-pipeline"))
                .isEqualTo(ServiceStatus.Started);
    }

    @Test
    void aBrokenEditLeavesTheRunningRoutesUpAndTheRepairedFileLoads() throws Exception {
        Path file = ROUTES.resolve("kapot.yaml");
        Files.writeString(file, route("kapot", "direct:kapot", "hersteld") + "   - this: is not yaml of a route\n");
        Thread.sleep(3000); // the watcher has seen the file: nothing to wait for but time

        assertThat(camel.getRoute("kapot")).isNull();
        assertThat(camel.getRouteController().getRouteStatus("bericht-pipeline"))
                .isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("delivery")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRouteController().getRouteStatus("reload-probe")).isEqualTo(ServiceStatus.Started);

        Files.writeString(file, route("kapot", "direct:kapot", "hersteld"));

        awaitTrue(() -> camel.getRoute("kapot") != null);
        assertThat(producer.requestBody("direct:kapot", "x", String.class)).isEqualTo("hersteld");
    }

    private static String probe(String answer) {
        return route("reload-probe", "direct:reload-probe", answer);
    }

    private static String route(String id, String uri, String answer) {
        return """
                - route:
                    id: %s
                    from:
                      uri: "%s"
                      steps:
                        - setBody:
                            constant: "%s"
                """
                .formatted(id, uri, answer);
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** A copy of routes/ and the probe route in a folder of this test, watched for changes. */
    static final class ReloadFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Files.createDirectories(ROUTES);
                try (var files = Files.list(Path.of("routes"))) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                        Files.copy(file, ROUTES.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.writeString(ROUTES.resolve("probe.yaml"), probe("v1"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            String folder = ROUTES.toAbsolutePath().toString();
            TestPropertyValues.of(
                            "ketenhub.data-dir=target/it-data/reload-" + ROUTES.getFileName(),
                            "spring.artemis.embedded.persistent=false",
                            "camel.main.routes-include-pattern=file:" + folder + "/*.yaml",
                            "camel.main.routes-reload-enabled=true",
                            "camel.main.routes-reload-directory=" + folder,
                            "camel.main.routes-reload-pattern=*.yaml",
                            "ketenhub.recovery.period=3600000",
                            "server.port=0")
                    .applyTo(context);
        }
    }
}
