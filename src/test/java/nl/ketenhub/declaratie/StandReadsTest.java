package nl.ketenhub.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.CanonicalRows;
import nl.ketenhub.canonical.MigratedDatabase;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 323's reads on H2 and PostgreSQL against rows written as the entities write them: which
 * version is current, which debits count against a toewijzing, what the references find, and the
 * aanbieder's declaraties.
 */
class StandReadsTest {

    private static final String GEMEENTE = "0384";
    private static final String ANDERE_GEMEENTE = "0363";
    private static final String AANBIEDER = "42420001";
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate END_OF_APRIL = LocalDate.of(2026, 4, 30);

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theCurrentVersionIsTheLatestActiveOneAndOnlyUncreditedApprovedDebitsCount(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            Rows rows = new Rows(database.jdbc());
            long client = rows.client(GEMEENTE, "h1");
            long t1 = rows.toewijzing(GEMEENTE, 1001, client);
            rows.versie(t1, LocalDate.of(2026, 1, 1), "09:00:00", "ACTIVE", "54", "54001", null, 10L, 500_00L);
            rows.versie(t1, LocalDate.of(2026, 2, 1), "08:00:00", "ACTIVE", "54", "54002", "01", 12L, 700_00L);
            rows.versie(t1, LocalDate.of(2026, 3, 1), "08:00:00", "REJECTED_BY_RECEIVER", "54", "54003", null, 1L, 1L);
            long t2 = rows.toewijzing(GEMEENTE, 1002, client);
            rows.versie(t2, LocalDate.of(2026, 1, 1), "09:00:00", "REJECTED_BY_RECEIVER", null, null, null, null, null);
            long t3 = rows.toewijzing(GEMEENTE, 1003, client);
            // a budget without Omvang or RedenWijziging: each column's null is its own
            rows.versie(t3, LocalDate.of(2026, 1, 1), "09:00:00", "ACTIVE", null, null, null, null, 300_00L);
            rows.toewijzing(ANDERE_GEMEENTE, 1001, rows.client(ANDERE_GEMEENTE, "h1"));

            long maart = rows.declaratie(GEMEENTE, "D-1", LocalDate.of(2026, 3, 1));
            rows.prestatie(maart, client, "RN-1", null, 1001L, "D", "TOEGEKEND");
            rows.prestatie(maart, client, "RN-2", null, 1001L, "D", "TOEGEKEND");
            rows.prestatie(maart, client, "RN-3", null, 1001L, "D", "AFGEWEZEN");
            rows.prestatie(maart, client, "RN-4", null, 1001L, "D", "TOEGEKEND");
            rows.prestatie(maart, client, "RN-5", null, 1002L, "D", "TOEGEKEND");
            long april = rows.declaratie(GEMEENTE, "D-2", APRIL);
            rows.prestatie(april, client, "RN-6", "RN-2", 1001L, "C", "TOEGEKEND");
            rows.prestatie(april, client, "RN-7", "RN-4", 1001L, "C", "AFGEWEZEN");
            long elders = rows.declaratie(ANDERE_GEMEENTE, "D-3", APRIL);
            rows.prestatie(elders, client, "RN-8", null, 1001L, "D", "TOEGEKEND");

            Map<Long, Toewijzingstand> stand =
                    reads(database).toewijzingen(GEMEENTE, Standaard.IJW, Set.of(1001L, 1002L, 1003L, 9999L));

            assertThat(stand).containsOnlyKeys(1001L, 1002L, 1003L);
            Toewijzingstand eerste = stand.get(1001L);
            assertThat(eerste.clientId()).isEqualTo(client);
            assertThat(eerste.aanbieder()).isEqualTo(AANBIEDER);
            assertThat(eerste.versie())
                    .isEqualTo(new Versie(
                            new Product("54", "54002"),
                            LocalDate.of(2026, 2, 1),
                            LocalDate.of(2026, 12, 31),
                            "01",
                            new Omvang(12, "04", "2"),
                            700_00L));
            assertThat(eerste.toegekend()).extracting(Claim::referentieNummer).containsExactly("RN-1", "RN-4");
            assertThat(eerste.toegekend().get(0))
                    .isEqualTo(new Claim("RN-1", APRIL, END_OF_APRIL, "54", "54001", 8, "04", 2000));
            assertThat(stand.get(1002L).versie()).isNull();
            assertThat(stand.get(1002L).toegekend())
                    .extracting(Claim::referentieNummer)
                    .containsExactly("RN-5");
            assertThat(stand.get(1003L).versie())
                    .isEqualTo(new Versie(
                            null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), null, null, 300_00L));
            assertThat(stand.get(1003L).toegekend()).isEmpty();
            assertThat(reads(database).toewijzingen(GEMEENTE, Standaard.IWMO, Set.of(1001L)))
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theReferencesFindTheAanbiedersEarlierPrestatiesApprovedDebitsAndLiveCredits(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            Rows rows = new Rows(database.jdbc());
            long client = rows.client(GEMEENTE, "h1");
            long maart = rows.declaratie(GEMEENTE, "D-1", LocalDate.of(2026, 3, 1));
            rows.prestatie(maart, client, "RN-1", null, 1001L, "D", "TOEGEKEND");
            rows.prestatie(maart, client, "RN-2", null, 1001L, "D", "AFGEWEZEN");
            rows.prestatie(maart, client, "RN-3", null, 1001L, "D", "TOEGEKEND");
            rows.prestatie(maart, client, "RN-4", null, 1001L, "D", "TOEGEKEND");
            long april = rows.declaratie(GEMEENTE, "D-2", APRIL);
            rows.prestatie(april, client, "RN-5", "RN-3", 1001L, "C", "INGEDIEND");
            rows.prestatie(april, client, "RN-6", "RN-4", 1001L, "C", "AFGEWEZEN");
            long anderen = rows.declaratie("42420002", GEMEENTE, "D-1", APRIL);
            rows.prestatie(anderen, client, "RN-9", null, 1001L, "D", "TOEGEKEND");
            rows.prestatie(anderen, client, "RN-10", "RN-1", 1001L, "C", "TOEGEKEND");

            Prestatielog log = reads(database)
                    .prestatielog(
                            AANBIEDER,
                            Standaard.IJW,
                            Set.of("RN-1", "RN-7", "RN-9"),
                            Set.of("RN-1", "RN-2", "RN-3", "RN-4"));

            assertThat(log.ingediend()).containsExactlyInAnyOrder("RN-1");
            assertThat(log.toegekendeDebets()).containsExactlyInAnyOrder("RN-1", "RN-3", "RN-4");
            assertThat(log.gecrediteerd()).containsExactlyInAnyOrder("RN-3");
            assertThat(reads(database).prestatielog(AANBIEDER, Standaard.IJW, Set.of("RN-5"), Set.of()))
                    .isEqualTo(new Prestatielog(Set.of("RN-5"), Set.of(), Set.of()));
            assertThat(reads(database).prestatielog(AANBIEDER, Standaard.IWMO, Set.of("RN-1"), Set.of("RN-3")))
                    .isEqualTo(Prestatielog.empty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theDeclaratieNummerIsKnownPerAanbiederAndTheLatestPeriodPerGemeente(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            Rows rows = new Rows(database.jdbc());
            StandReads reads = reads(database);
            assertThat(reads.declaraties(AANBIEDER, GEMEENTE, Standaard.IJW, "D-1"))
                    .isEqualTo(new StandReads.Declaraties(false, null));

            rows.declaratie(GEMEENTE, "D-1", LocalDate.of(2026, 3, 1));
            rows.declaratie(GEMEENTE, "D-2", APRIL);
            rows.declaratie(ANDERE_GEMEENTE, "D-3", LocalDate.of(2026, 6, 1));
            rows.declaratie("42420002", GEMEENTE, "D-4", LocalDate.of(2026, 7, 1));

            assertThat(reads.declaraties(AANBIEDER, GEMEENTE, Standaard.IJW, "D-3"))
                    .isEqualTo(new StandReads.Declaraties(true, YearMonth.of(2026, 4)));
            assertThat(reads.declaraties(AANBIEDER, GEMEENTE, Standaard.IJW, "D-4"))
                    .isEqualTo(new StandReads.Declaraties(false, YearMonth.of(2026, 4)));
            assertThat(reads.declaraties(AANBIEDER, GEMEENTE, Standaard.IWMO, "D-1"))
                    .isEqualTo(new StandReads.Declaraties(false, null));
        }
    }

    private static StandReads reads(MigratedDatabase database) {
        return new StandReads(JdbcClient.create(database.jdbc()));
    }

    /** Rows as the canonical entities write them (standaard IJW unless said otherwise). */
    private record Rows(JdbcTemplate jdbc, CanonicalRows canonical) {

        Rows(JdbcTemplate jdbc) {
            this(jdbc, new CanonicalRows(jdbc));
        }

        long client(String gemeente, String hash) {
            return canonical.client(gemeente, hash);
        }

        long toewijzing(String gemeente, long nummer, long client) {
            return canonical.toewijzing(gemeente, nummer, client, AANBIEDER);
        }

        void versie(
                long toewijzing,
                LocalDate datum,
                String tijd,
                String status,
                String categorie,
                String code,
                String reden,
                Long volume,
                Long budget) {
            jdbc.update(
                    "insert into toewijzing_versie (toewijzing_id, bericht_id, toewijzingsdatum, toewijzingstijd,"
                            + " productcategorie, productcode, ingangsdatum, einddatum, reden_wijziging, volume,"
                            + " eenheid, frequentie, budget, status)"
                            + " values (?, ?, ?, cast(? as time), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    toewijzing,
                    java.util.UUID.randomUUID(),
                    datum,
                    tijd,
                    categorie,
                    code,
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 12, 31),
                    reden,
                    volume,
                    volume == null ? null : "04",
                    volume == null ? null : "2",
                    budget,
                    status);
        }

        long declaratie(String gemeente, String nummer, LocalDate begin) {
            return declaratie(AANBIEDER, gemeente, nummer, begin);
        }

        long declaratie(String aanbieder, String gemeente, String nummer, LocalDate begin) {
            return canonical.insert(
                    "insert into declaratie (aanbieder, gemeente, standaard, declaratienummer, periode_begin,"
                            + " periode_eind, bericht_id) values (?, ?, 'IJW', ?, ?, ?, ?)",
                    aanbieder,
                    gemeente,
                    nummer,
                    begin,
                    begin.plusMonths(1).minusDays(1),
                    java.util.UUID.randomUUID());
        }

        void prestatie(
                long declaratie,
                long client,
                String referentie,
                String vorig,
                Long toewijzing,
                String debetCredit,
                String status) {
            jdbc.update(
                    "insert into prestatie (declaratie_id, client_id, referentienummer, vorig_referentienummer,"
                            + " toewijzingnummer, productcategorie, productcode, periode_begin, periode_eind,"
                            + " geleverd_volume, eenheid, tarief, bedrag, debet_credit, status)"
                            + " values (?, ?, ?, ?, ?, '54', '54001', ?, ?, 8, '04', 250, 2000, ?, ?)",
                    declaratie,
                    client,
                    referentie,
                    vorig,
                    toewijzing,
                    APRIL,
                    END_OF_APRIL,
                    debetCredit,
                    status);
        }
    }
}
