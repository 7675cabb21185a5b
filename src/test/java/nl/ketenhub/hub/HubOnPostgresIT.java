package nl.ketenhub.hub;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scenarios on PostgreSQL (127.0.0.1:5432, database test), each run in a schema of its own that
 * Flyway creates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "postgres"})
class HubOnPostgresIT extends HubScenarios {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String schema = "it_" + run;
        registry.add("ketenhub.data-dir", () -> "target/it-data/pg-" + run);
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("camel.main.routes-reload-enabled", () -> "false");
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://" + System.getProperty("ketenhub.test.pg-host", "127.0.0.1")
                        + ":5432/test?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }
}
