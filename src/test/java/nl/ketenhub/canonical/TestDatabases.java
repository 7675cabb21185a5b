package nl.ketenhub.canonical;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Data source properties for repository tests: a private in-memory H2 database, or a fresh schema in
 * the PostgreSQL at 127.0.0.1:5432 (database test, trust auth) that is dropped afterwards.
 */
public final class TestDatabases {

    public static final String PG_URL =
            System.getProperty("ketenhub.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("ketenhub.test.pg-user", "postgres");

    private TestDatabases() {}

    public static String newSchemaName() {
        return "ct_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    public static void h2(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        registry.add("spring.datasource.username", () -> "sa");
        common(registry);
    }

    public static void postgres(DynamicPropertyRegistry registry, String schema) {
        registry.add("spring.datasource.url", () -> PG_URL + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", () -> PG_USER);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        common(registry);
    }

    private static void common(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
        registry.add("spring.jpa.open-in-view", () -> "false");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "3");
    }

    /** A PostgreSQL schema of its own (created if needed), migrated by Flyway; its data source. */
    public static javax.sql.DataSource migratedPostgres(String schema) {
        javax.sql.DataSource dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                PG_URL + "?currentSchema=" + schema, PG_USER, "");
        org.flywaydb.core.Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }

    public static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, null)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public static void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, null)) {
            c.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }
}
