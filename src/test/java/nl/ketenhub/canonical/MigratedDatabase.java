package nl.ketenhub.canonical;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A database with the hub's migrations applied, without a Spring context: a private in-memory H2,
 * or a fresh schema in the test PostgreSQL ({@link TestDatabases}) dropped on {@link #close()}.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final HikariDataSource dataSource = new HikariDataSource();
    private final String schema;

    private MigratedDatabase(String url, String user, String schema, String target) {
        this.schema = schema;
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setMaximumPoolSize(8);
        migrate(target);
    }

    public static MigratedDatabase h2() {
        return h2(null);
    }

    public static MigratedDatabase postgres() {
        return postgres(null);
    }

    /** A database migrated up to and including version {@code target} only (null: all), e.g. to test a migration on rows. */
    public static MigratedDatabase h2(String target) {
        return new MigratedDatabase(
                "jdbc:h2:mem:" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1",
                "sa",
                null,
                target);
    }

    public static MigratedDatabase postgres(String target) {
        String schema = TestDatabases.newSchemaName();
        return new MigratedDatabase(
                TestDatabases.PG_URL + "?currentSchema=" + schema, TestDatabases.PG_USER, schema, target);
    }

    /** Applies the migrations up to {@code target} (null: all of them). */
    public void migrate(String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .schemas(schema == null ? new String[0] : new String[] {schema});
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    /**
     * Both databases, for {@code @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")}: a
     * name and a supplier of a fresh database each.
     */
    public static Stream<Arguments> both() {
        return bothAt(null);
    }

    /** As {@link #both()}, migrated up to version {@code target} only (null: all). */
    public static Stream<Arguments> bothAt(String target) {
        return Stream.of(
                Arguments.of("H2", (Supplier<MigratedDatabase>) () -> h2(target)),
                Arguments.of("PostgreSQL", (Supplier<MigratedDatabase>) () -> postgres(target)));
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public DataSourceTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource);
    }

    @Override
    public void close() throws SQLException {
        if (schema == null) {
            jdbc().execute("shutdown");
        }
        dataSource.close();
        if (schema != null) {
            TestDatabases.dropSchema(schema);
        }
    }
}
