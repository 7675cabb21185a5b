package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import javax.sql.DataSource;
import nl.ketenhub.canonical.BsnProperties;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.TestDatabases;
import nl.ketenhub.faults.Load;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The benchmark's store generator at a small size: counts, links, distributions, indexes back. */
class StoreFillerTest {

    @Test
    void fillsAConsistentHistory() throws Exception {
        assumeTrue(TestDatabases.postgresReachable(), "PostgreSQL on 127.0.0.1:5432 is needed");
        String schema = TestDatabases.newSchemaName();
        try {
            DataSource dataSource = TestDatabases.migratedPostgres(schema);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            List<String> indexesBefore = indexes(jdbc, schema);

            StoreFiller.Filled filled =
                    new StoreFiller(TestDatabases.PG_URL, TestDatabases.PG_USER, schema).fill(20_000, 100_000);

            assertThat(filled.rows())
                    .containsEntry("client", (long) Load.CLIENTS + 1000)
                    .containsEntry("toewijzing", 20_000L)
                    .containsEntry("toewijzing_versie", 22_000L)
                    .containsEntry("bericht", 100_000L);
            assertThat(filled.rows().get("aflevering"))
                    .isEqualTo(count(jdbc, "select count(*) from bericht where direction = 'OUT'"));
            assertThat(filled.rows().get("bericht_finding"))
                    .isEqualTo(count(jdbc, "select count(*) from bericht where status = 'REJECTED'"))
                    .isPositive();
            assertThat(indexes(jdbc, schema)).containsExactlyInAnyOrderElementsOf(indexesBefore);

            // a benchmark client is found through the hub's keyed hash and has history before 2026 only
            String hash = new BsnProtector(new BsnProperties(
                            System.getenv("KETENHUB_BSN_KEY"), System.getenv("KETENHUB_BSN_HASH_KEY"), "k1"))
                    .hash(Load.bsn(17));
            assertThat(count(
                            jdbc,
                            "select count(*) from client where gemeente = '0384' and standaard = 'IJW' and bsn_hash = '"
                                    + hash + "'"))
                    .isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from bericht where client_hash = '" + hash + "'"))
                    .isPositive();
            assertThat(count(jdbc, "select count(*) from toewijzing_versie where einddatum >= date '2026-01-01'"))
                    .isZero();
            // every 301 in the log carries a toewijzing version, and every link points at a logged message
            assertThat(
                            count(
                                    jdbc,
                                    "select count(*) from toewijzing_versie v where not exists (select 1 from bericht b where b.id = v.bericht_id) and v.reden_wijziging is null"))
                    .isZero();
            assertThat(
                            count(
                                    jdbc,
                                    "select count(*) from bericht o where o.related_id is not null and not exists (select 1 from bericht b where b.id = o.related_id)"))
                    .isZero();
            // several message types, both directions, a few rejected and failed
            assertThat(count(jdbc, "select count(distinct bericht_code) from bericht"))
                    .isGreaterThanOrEqualTo(12);
            assertThat(count(jdbc, "select count(*) from bericht where status = 'FAILED'"))
                    .isPositive();
            // new rows get fresh ids after the generated ones
            assertThat(jdbc.queryForObject(
                            "insert into toewijzing (gemeente, standaard, toewijzingnummer, client_id, aanbieder) values ('0384', 'IJW', 1, 1, '42420001') returning id",
                            Long.class))
                    .isGreaterThan(20_000L);
        } finally {
            TestDatabases.dropSchema(schema);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static List<String> indexes(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList("select indexdef from pg_indexes where schemaname = ?", String.class, schema);
    }
}
