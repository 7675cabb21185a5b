package nl.ketenhub.hub;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Properties of the test hubs: a data folder and a database schema of their own per test run. */
final class TestHubProperties {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** The HTTP intake accepts this many messages of partner 12345678 in one test run (then 1 per hour). */
    static final int RATE_LIMITED_BURST = 5;

    private TestHubProperties() {}

    static final class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            common("h2-" + RUN).applyTo(context);
        }
    }

    static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String schema = "it_" + RUN;
            common("pg-" + RUN)
                    .and(
                            "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                            "spring.datasource.username=postgres",
                            "spring.flyway.schemas=" + schema,
                            "spring.flyway.create-schemas=true")
                    .applyTo(context);
        }
    }

    private static TestPropertyValues common(String folder) {
        return TestPropertyValues.of(
                "ketenhub.data-dir=target/it-data/" + folder,
                "spring.artemis.embedded.persistent=false",
                "camel.main.routes-reload-enabled=false",
                "ketenhub.recovery.after=3s",
                "ketenhub.recovery.period=3600000",
                // HostileInputScenarios floods the HTTP intake as 12345678, which no other scenario posts as
                "ketenhub.intake.rate-limit.partners.12345678.burst=" + RATE_LIMITED_BURST,
                "ketenhub.intake.rate-limit.partners.12345678.requests=1",
                "ketenhub.intake.rate-limit.partners.12345678.per=1h");
    }
}
