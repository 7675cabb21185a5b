package nl.ketenhub.canonical;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Same tests on PostgreSQL (127.0.0.1:5432/test), in a schema of its own that is dropped afterwards. */
class PostgresCanonicalRepositoriesTest extends CanonicalRepositoriesContract {

    private static final String SCHEMA = TestDatabases.newSchemaName();

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(TestDatabases.postgresReachable(), "PostgreSQL not reachable at " + TestDatabases.PG_URL);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.postgres(registry, SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (TestDatabases.postgresReachable()) {
            TestDatabases.dropSchema(SCHEMA);
        }
    }
}
