package nl.ketenhub.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.canonical.BsnProperties;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL schema of its own, migrated by Flyway, with a message log of generated rows: 28
 * BerichtCodes, 6 partners, a year of arrivals, one client hash per three messages. For the query
 * plan test and the benchmark.
 */
final class SearchTable implements AutoCloseable {

    static final String HASH_KEY = "dGVzdC1ic24taGFzaC1rZXk=";
    static final BsnProtector PROTECTOR =
            new BsnProtector(new BsnProperties("dGVzdC1ic24tZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=", HASH_KEY, "k1"));
    private static final String[] PARTNERS = {"0384", "0363", "42420001", "65656055", "12345678", "0518"};
    private static final String[] STATUSES = {"DELIVERED", "DELIVERED", "DELIVERED", "ACCEPTED", "REJECTED", "FAILED"};

    final String schema = TestDatabases.newSchemaName();
    final JdbcTemplate jdbc;
    final Instant newest = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    SearchTable() {
        DataSource dataSource = TestDatabases.migratedPostgres(schema);
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Inserts rows with identificatie "S" + n; returns nothing, see {@link #identificatie(int)}. */
    void fill(int rows) {
        Random random = new Random(42);
        BerichtType[] types = BerichtType.values();
        List<Object[]> batch = new ArrayList<>();
        for (int n = 0; n < rows; n++) {
            BerichtType type = types[random.nextInt(types.length)];
            Timestamp at = Timestamp.from(newest.minusSeconds(random.nextInt(365 * 24 * 3600)));
            String hash = n % 3 == 0 ? hash(random) : null;
            batch.add(new Object[] {
                UUID.randomUUID(),
                n % 2 == 0 ? "IN" : "OUT",
                "HTTP",
                PARTNERS[random.nextInt(PARTNERS.length)],
                type.name(),
                type.berichtCode(),
                "0384",
                "42420001",
                identificatie(n),
                STATUSES[random.nextInt(STATUSES.length)],
                at,
                at,
                hash
            });
            if (batch.size() == 5000) {
                insert(batch);
            }
        }
        insert(batch);
        jdbc.execute("analyze bericht");
    }

    static String identificatie(int n) {
        return "S" + n;
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate(
                """
                insert into bericht (id, direction, channel, partner, bericht_type, bericht_code, afzender, ontvanger,
                  identificatie, status, received_at, updated_at, payload, client_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '<x/>', ?)
                """,
                batch);
        batch.clear();
    }

    private static String hash(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The query plan PostgreSQL chooses for a search. */
    String plan(BerichtSearch.Query query) {
        return String.join(
                "\n",
                jdbc.queryForList(
                        "explain " + query.sql(), String.class, query.args().toArray()));
    }

    @Override
    public void close() throws Exception {
        TestDatabases.dropSchema(schema);
    }
}
