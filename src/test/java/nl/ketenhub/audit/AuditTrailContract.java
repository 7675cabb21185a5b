package nl.ketenhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.ketenhub.canonical.BsnProperties;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit chain on a real database: appends, tampering by SQL, concurrent appends. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditTrailContract {

    static final String KEY = "YXVkaXQtdGVzdC1rZXktb2YtMzItYnl0ZXMtLS0tLS0=";
    static final String BSN_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final String HASH_KEY = java.util.Base64.getEncoder().encodeToString("a-hash-key-of-20-byte".getBytes());

    private MigratedDatabase database;
    JdbcTemplate jdbc;
    AuditTrail trail;

    abstract MigratedDatabase database();

    @BeforeAll
    void migrate() {
        database = database();
        jdbc = database.jdbc();
    }

    @BeforeEach
    void emptyTrail() {
        jdbc.update("delete from audit_entry");
        jdbc.update("update audit_head set last_seq = 0, last_hash = ?", AuditChain.GENESIS);
        trail = trail(KEY);
    }

    @AfterAll
    void drop() throws Exception {
        database.close();
    }

    AuditTrail trail(String key) {
        return new AuditTrail(
                jdbc,
                database.transactions(),
                Clock.fixed(Instant.parse("2026-11-22T10:15:30.123456789Z"), ZoneOffset.UTC),
                new BsnProtector(new BsnProperties(BSN_KEY, HASH_KEY, "k1")),
                new AuditProperties(key));
    }

    void appendFive() {
        for (int i = 1; i <= 5; i++) {
            trail.record(new AuditTrail.Event(
                    "operator", "0384", "SEARCH", "bsn", trail.clientOf("999900006"), "OK, " + i + " found"));
        }
    }

    @Test
    void anUntouchedTrailVerifies() {
        assertThat(trail.verify().intact()).isTrue();
        appendFive();

        AuditTrail.Verification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(5);
        assertThat(verification.keyed()).isTrue();
        assertThat(jdbc.queryForList("select seq from audit_entry order by seq", Long.class))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void entriesKeepTheClientHashNeverTheBsn() {
        appendFive();

        AuditTrail.Page page = trail.read(new AuditTrail.Filter(null, trail.clientOf("999900006"), null, null, 0, 10));

        assertThat(page.entries()).hasSize(5);
        assertThat(page.entries().get(0).seq()).isEqualTo(5);
        assertThat(page.entries().get(0).clientHash()).matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForList("select * from audit_entry").toString()).doesNotContain("999900006");
        assertThat(trail.read(new AuditTrail.Filter("someone else", null, null, null, 0, 10))
                        .entries())
                .isEmpty();
    }

    @Test
    void aChangedEntryIsReportedWithItsSequenceNumber() {
        appendFive();
        jdbc.update("update audit_entry set actor = 'somebody' where seq = 3");

        AuditTrail.Verification verification = trail.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(3);
        assertThat(verification.problem()).contains("changed");
    }

    @Test
    void aChangedTimestampIsReported() {
        appendFive();
        jdbc.update(
                "update audit_entry set at = ? where seq = 2",
                Instant.parse("2020-01-01T00:00:00Z").atOffset(ZoneOffset.UTC));

        assertThat(trail.verify().firstBroken()).isEqualTo(2);
    }

    @Test
    void aRemovedEntryIsReported() {
        appendFive();
        jdbc.update("delete from audit_entry where seq = 2");

        AuditTrail.Verification verification = trail.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(2);
        assertThat(verification.problem()).contains("missing");
    }

    @Test
    void removingTheLastEntriesIsReported() {
        appendFive();
        jdbc.update("delete from audit_entry where seq >= 4");

        assertThat(trail.verify().firstBroken()).isEqualTo(4);
    }

    @Test
    void aRemovedEntryWithRenumberedFollowersIsReported() {
        appendFive();
        jdbc.update("delete from audit_entry where seq = 3");
        jdbc.update("update audit_entry set seq = seq - 1 where seq > 3");
        jdbc.update("update audit_head set last_seq = 4");

        assertThat(trail.verify().firstBroken()).isEqualTo(3);
    }

    @Test
    void anInsertedEntryIsReported() {
        appendFive();
        jdbc.update(
                """
                insert into audit_entry (seq, at, actor, action, outcome, prev_hash, hash)
                select 6, at, 'intruder', 'SEARCH', 'OK', hash, hash from audit_entry where seq = 5
                """);

        AuditTrail.Verification verification = trail.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).isEqualTo(6);
    }

    @Test
    void aRewrittenChainIsReportedWhenTheForgerDoesNotHaveTheKey() {
        appendFive();
        AuditTrail forger = trail(null);
        jdbc.update("delete from audit_entry");
        jdbc.update("update audit_head set last_seq = 0, last_hash = ?", AuditChain.GENESIS);
        forger.record(new AuditTrail.Event("operator", null, "VIEW_CONFIG", "config", null, "OK"));

        assertThat(forger.verify().intact()).isTrue();
        assertThat(trail.verify().firstBroken()).isEqualTo(1);
    }

    @Test
    void concurrentAppendsGetAGaplessSequenceAndAnIntactChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> appends = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int n = i;
                appends.add(pool.submit(() ->
                        trail.record(new AuditTrail.Event("user" + n % 6, null, "VIEW_MESSAGE", "m" + n, null, "OK"))));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<Long> append : appends) {
                seqs.add(append.get());
            }
            assertThat(seqs).doesNotHaveDuplicates().allMatch(seq -> seq >= 1 && seq <= 120);
        } finally {
            pool.shutdownNow();
        }

        AuditTrail.Verification verification = trail.verify();

        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.entries()).isEqualTo(120);
        assertThat(jdbc.queryForObject("select max(seq) - min(seq) + 1 from audit_entry", Long.class))
                .isEqualTo(120);
    }
}
