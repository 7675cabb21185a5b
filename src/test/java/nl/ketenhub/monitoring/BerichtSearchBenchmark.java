package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The message browser on a message log of one million rows (PostgreSQL): every filter answers a
 * page within a second. Not part of the default test run (tag benchmark):
 * {@code mvn test -Dtest=BerichtSearchBenchmark -Dtest.excluded.groups=none}. Filling the table
 * takes a few minutes.
 */
@Tag("benchmark")
class BerichtSearchBenchmark {

    @Test
    void everyFilterAnswersWithinASecondOnAMillionRows() throws Exception {
        assumeTrue(TestDatabases.postgresReachable(), "PostgreSQL on 127.0.0.1:5432 is needed");
        try (SearchTable table = new SearchTable()) {
            long start = System.nanoTime();
            table.fill(1_000_000);
            System.out.printf("filled 1,000,000 rows in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
            BerichtSearch search = new BerichtSearch(table.jdbc, SearchTable.PROTECTOR);
            Map<String, BerichtSearch.Filter> filters = new LinkedHashMap<>();
            filters.put("newest", new BerichtSearch.Filter(null, null, null, null, null, null, null, null, 0, 50));
            filters.put("page 100", new BerichtSearch.Filter(null, null, null, null, null, null, null, null, 100, 50));
            filters.put(
                    "identificatie",
                    new BerichtSearch.Filter(
                            null, null, null, null, null, SearchTable.identificatie(777_777), null, null, 0, 50));
            filters.put(
                    "berichtCode", new BerichtSearch.Filter("490", null, null, null, null, null, null, null, 0, 50));
            filters.put(
                    "partner+period",
                    new BerichtSearch.Filter(
                            null,
                            "0363",
                            null,
                            table.newest.minus(Duration.ofDays(60)),
                            table.newest.minus(Duration.ofDays(30)),
                            null,
                            null,
                            null,
                            0,
                            50));
            filters.put(
                    "status FAILED",
                    new BerichtSearch.Filter(null, null, Bericht.Status.FAILED, null, null, null, null, null, 0, 50));
            filters.put(
                    "client", new BerichtSearch.Filter(null, null, null, null, null, null, null, "999900006", 0, 50));
            filters.put(
                    "toewijzingNummer",
                    new BerichtSearch.Filter(null, null, null, null, null, null, 300201L, null, 0, 50));
            for (Map.Entry<String, BerichtSearch.Filter> filter : filters.entrySet()) {
                search.search(filter.getValue()); // warm
                long t = System.nanoTime();
                search.search(filter.getValue());
                long ms = (System.nanoTime() - t) / 1_000_000;
                System.out.printf("%-18s %5d ms%n", filter.getKey(), ms);
                assertThat(ms).as(filter.getKey()).isLessThan(1000);
            }
        }
    }
}
