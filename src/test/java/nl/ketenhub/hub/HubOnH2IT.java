package nl.ketenhub.hub;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scenarios on the embedded defaults: embedded Artemis and the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class HubOnH2IT extends HubScenarios {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        registry.add("ketenhub.data-dir", () -> "target/it-data/h2-" + run);
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("camel.main.routes-reload-enabled", () -> "false");
    }
}
