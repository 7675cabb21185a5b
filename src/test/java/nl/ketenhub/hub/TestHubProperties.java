package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
            common("pg-" + RUN).and(postgres("it_" + RUN)).applyTo(context);
        }
    }

    /** The pipeline and the JMS intake committing every message alone (batches of 16 by default). */
    private static final String[] ONE_BY_ONE = {
        "ketenhub.pipeline.batch-size=1", "ketenhub.pipeline.intake-batch-size=1"
    };

    /** The H2 hub with batches off ({@link HubOnH2OneByOne}). */
    static final class H2OneByOne implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            common("h2-one-by-one-" + RUN).and(ONE_BY_ONE).applyTo(context);
        }
    }

    /** The PostgreSQL hub with batches off ({@link HubOnPostgresOneByOne}), in a schema of its own. */
    static final class PostgresOneByOne implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            common("pg-one-by-one-" + RUN)
                    .and(ONE_BY_ONE)
                    .and(postgres("it_one_by_one_" + RUN))
                    .applyTo(context);
        }
    }

    /** The H2 hub with the scenarios' aanbieder on the hub's JSON form (HubOnH2WithJsonAanbieder). */
    static final class H2WithJsonAanbieder implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String folder = "h2-json-" + RUN;
            Path config = configWithJsonAanbieder(Path.of("target/it-data", folder + "-config"));
            common(folder).and("ketenhub.config.dir=" + config).applyTo(context);
        }
    }

    /**
     * A copy of config/ in which aanbieder 42420001 speaks the hub's JSON form (its contracts stay),
     * and the JSON demo aanbieder 42420002, which no scenario of this hub uses, pulls its messages.
     */
    private static Path configWithJsonAanbieder(Path target) {
        String entry = "  - code: \"" + PartnerEdge.SCENARIO_AANBIEDER + "\"\n";
        return DemoConfigCopy.of(target, yaml -> {
            String json = yaml.substring(yaml.indexOf("- code: \"42420002\""));
            String pulling = json.replaceFirst("delivery: \\{type: JMS\\}", "delivery: {type: PULL}");
            assertThat(pulling).isNotEqualTo(json);
            return yaml.replace(json, pulling).replace(entry, entry + "    format: JSON\n");
        });
    }

    /** The local PostgreSQL, in a schema of its own that Flyway creates. */
    private static String[] postgres(String schema) {
        return new String[] {
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
            "spring.datasource.username=postgres",
            "spring.flyway.schemas=" + schema,
            "spring.flyway.create-schemas=true"
        };
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
