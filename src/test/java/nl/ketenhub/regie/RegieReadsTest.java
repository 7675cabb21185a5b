package nl.ketenhub.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.CanonicalRows;
import nl.ketenhub.canonical.MigratedDatabase;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.regie.RegieContext.BekendeToewijzing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 305/307 reads on H2 and PostgreSQL against rows as the entities and the message log write
 * them: TR019's view of a toewijzing (delivered, deleted) and the classes applied before.
 */
class RegieReadsTest {

    private static final String GEMEENTE = "0384";
    private static final String AANBIEDER = "42420001";
    private static final LocalDate INGANG = LocalDate.of(2026, 2, 1);

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aToewijzingIsDeliveredWhenAVersionThatCountsWasAndDeletedWhenItsCurrentVersionDeletesIt(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            Rows rows = new Rows(database.jdbc());
            long client = rows.client(GEMEENTE);
            long geleverd = rows.toewijzing(GEMEENTE, 1001, client);
            rows.versie(geleverd, "2026-01-01", "ACTIVE", null, INGANG.plusMonths(6), rows.bericht("DELIVERED"));
            rows.versie(geleverd, "2026-02-01", "ACTIVE", "13", INGANG.plusMonths(1), rows.bericht("FAILED"));
            long onderweg = rows.toewijzing(GEMEENTE, 1002, client);
            rows.versie(onderweg, "2026-01-01", "REJECTED_BY_RECEIVER", null, null, rows.bericht("DELIVERED"));
            rows.versie(onderweg, "2026-01-02", "ACTIVE", null, null, rows.bericht("ACCEPTED"));
            long verwijderd = rows.toewijzing(GEMEENTE, 1003, client);
            rows.versie(verwijderd, "2026-01-01", "ACTIVE", null, null, rows.bericht("DELIVERED"));
            rows.versie(verwijderd, "2026-03-01", "ACTIVE", "13", INGANG, rows.bericht("DELIVERED"));
            rows.versie(verwijderd, "2026-04-01", "REJECTED_BY_RECEIVER", null, null, rows.bericht("DELIVERED"));
            long zonder = rows.toewijzing(GEMEENTE, 1004, client);
            rows.versie(zonder, "2026-01-01", "REJECTED_BY_RECEIVER", "13", INGANG, rows.bericht("DELIVERED"));
            rows.toewijzing("0363", 1001, rows.client("0363"));

            Map<Long, BekendeToewijzing> bekend =
                    reads(database).toewijzingen(GEMEENTE, Standaard.IJW, Set.of(1001L, 1002L, 1003L, 1004L, 1005L));

            assertThat(bekend)
                    .containsOnlyKeys(1001L, 1002L, 1003L, 1004L)
                    .containsEntry(1001L, new BekendeToewijzing(client, AANBIEDER, true, false))
                    .containsEntry(1002L, new BekendeToewijzing(client, AANBIEDER, false, false))
                    .containsEntry(1003L, new BekendeToewijzing(client, AANBIEDER, true, true))
                    .containsEntry(1004L, new BekendeToewijzing(client, AANBIEDER, false, false));
            assertThat(reads(database).toewijzingen(GEMEENTE, Standaard.IWMO, Set.of(1001L)))
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theAppliedClassesAreTheClientsAtThisAanbiederInTheOrderTheHubAppliedThem(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            Rows rows = new Rows(database.jdbc());
            long client = rows.client(GEMEENTE);
            long ander = rows.client("0363");
            rows.event(client, AANBIEDER, "START", 1001L, "54", "54001", null, null, "1");
            rows.event(client, "42420002", "START", 1001L, "54", "54001", null, null, "1");
            rows.event(ander, AANBIEDER, "START", 1001L, "54", "54001", null, null, "1");
            rows.event(client, AANBIEDER, "STOP", null, null, null, "02", LocalDate.of(2026, 5, 31), "3");

            assertThat(reads(database).applied(client, AANBIEDER))
                    .containsExactly(
                            new StartProduct(1001L, new Product("54", "54001"), INGANG, LocalDate.of(2026, 3, 1), "1"),
                            new StopProduct(
                                    null,
                                    null,
                                    INGANG,
                                    LocalDate.of(2026, 3, 1),
                                    "02",
                                    LocalDate.of(2026, 5, 31),
                                    "3"));
            assertThat(reads(database).applied(client, "42420009")).isEmpty();
        }
    }

    private static RegieReads reads(MigratedDatabase database) {
        return new RegieReads(JdbcClient.create(database.jdbc()));
    }

    /** Rows as the canonical entities and the message log write them (standaard IJW). */
    private record Rows(JdbcTemplate jdbc, CanonicalRows canonical) {

        Rows(JdbcTemplate jdbc) {
            this(jdbc, new CanonicalRows(jdbc));
        }

        long client(String gemeente) {
            return canonical.client(gemeente, "h");
        }

        long toewijzing(String gemeente, long nummer, long client) {
            return canonical.toewijzing(gemeente, nummer, client, AANBIEDER);
        }

        UUID bericht(String status) {
            UUID id = UUID.randomUUID();
            jdbc.update(
                    "insert into bericht (id, direction, channel, status, received_at, updated_at)"
                            + " values (?, 'IN', 'JMS', ?, current_timestamp, current_timestamp)",
                    id,
                    status);
            return id;
        }

        void versie(long toewijzing, String datum, String status, String reden, LocalDate einde, UUID bericht) {
            jdbc.update(
                    "insert into toewijzing_versie (toewijzing_id, bericht_id, toewijzingsdatum, toewijzingstijd,"
                            + " ingangsdatum, einddatum, reden_wijziging, status)"
                            + " values (?, ?, ?, cast('09:00:00' as time), ?, ?, ?, ?)",
                    toewijzing,
                    bericht,
                    LocalDate.parse(datum),
                    INGANG,
                    einde,
                    reden,
                    status);
        }

        void event(
                long client,
                String aanbieder,
                String soort,
                Long toewijzing,
                String categorie,
                String code,
                String reden,
                LocalDate einde,
                String status) {
            jdbc.update(
                    "insert into regie_event (gemeente, aanbieder, standaard, client_id, soort, toewijzingnummer,"
                            + " toewijzing_ingangsdatum, productcategorie, productcode, begindatum, einddatum,"
                            + " reden_beeindiging, status_aanlevering, bericht_id)"
                            + " values (?, ?, 'IJW', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    GEMEENTE,
                    aanbieder,
                    client,
                    soort,
                    toewijzing,
                    INGANG,
                    categorie,
                    code,
                    LocalDate.of(2026, 3, 1),
                    einde,
                    reden,
                    status,
                    UUID.randomUUID());
        }
    }
}
