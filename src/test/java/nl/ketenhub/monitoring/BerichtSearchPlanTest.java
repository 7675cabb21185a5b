package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The message browser's queries use an index for every filter on PostgreSQL, checked with EXPLAIN on
 * a moderately sized message log (the 1-million-row timing: {@link BerichtSearchBenchmark}).
 */
class BerichtSearchPlanTest {

    private static SearchTable table;
    private static BerichtSearch search;

    @BeforeAll
    static void fill() {
        assumeTrue(TestDatabases.postgresReachable(), "PostgreSQL on 127.0.0.1:5432 is needed");
        table = new SearchTable();
        table.fill(40_000);
        search = new BerichtSearch(table.jdbc, SearchTable.PROTECTOR);
    }

    @AfterAll
    static void drop() throws Exception {
        if (table != null) {
            table.close();
        }
    }

    private static BerichtSearch.Filter filter(
            String code, String partner, Bericht.Status status, boolean period, String identificatie, String bsn) {
        return new BerichtSearch.Filter(
                code,
                partner,
                status,
                period ? table.newest.minus(Duration.ofDays(30)) : null,
                period ? table.newest.minus(Duration.ofDays(29)) : null,
                identificatie,
                null,
                bsn,
                0,
                50);
    }

    private static void assertUsesAnIndex(BerichtSearch.Filter filter) {
        String plan = table.plan(search.query(filter));
        assertThat(plan).as(plan).containsIgnoringCase("index").doesNotContain("Seq Scan on bericht");
    }

    @Test
    void newestFirstWithoutFilter() {
        assertUsesAnIndex(filter(null, null, null, false, null, null));
    }

    @Test
    void byIdentificatie() {
        assertUsesAnIndex(filter(null, null, null, false, SearchTable.identificatie(1234), null));
        assertThat(search.search(filter(null, null, null, false, SearchTable.identificatie(1234), null))
                        .berichten())
                .hasSize(1);
    }

    @Test
    void byBerichtCode() {
        assertUsesAnIndex(filter("436", null, null, false, null, null));
    }

    @Test
    void byPartnerAndPeriod() {
        assertUsesAnIndex(filter(null, "42420001", null, true, null, null));
    }

    @Test
    void byStatus() {
        assertUsesAnIndex(filter(null, null, Bericht.Status.FAILED, false, null, null));
    }

    @Test
    void byClient() {
        assertUsesAnIndex(filter(null, null, null, false, null, "999900006"));
    }

    @Test
    void byToewijzingNummer() {
        BerichtSearch.Filter filter =
                new BerichtSearch.Filter(null, null, null, null, null, null, 300201L, null, 0, 50);
        assertUsesAnIndex(filter);
    }
}
