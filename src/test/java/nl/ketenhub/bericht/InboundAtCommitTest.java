package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ketenhub.canonical.MigratedDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A JMS intake message's first delivery is logged with its transaction's commit
 * ({@link MessageLog#logInboundAtCommit}), on H2 and PostgreSQL: not before it, all of a batch's
 * entries with it, none after a rollback, and an id logged before fails the commit without
 * touching the entry that has it.
 */
class InboundAtCommitTest {

    private static final Instant AT = Instant.parse("2026-04-01T10:15:30Z");
    private static final String CLIENT = "a".repeat(64);
    private static final byte[] PAYLOAD = "<Bericht/>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theEntriesOfABatchAreWrittenWithItsCommitAndNotBefore(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc, AT);
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();

            long seenBeforeCommit = new TransactionTemplate(database.transactions()).execute(tx -> {
                log.logInboundAtCommit(first, "0384", Channel.JMS, inspection("ID-1"), PAYLOAD, "0384:" + CLIENT);
                log.logInboundAtCommit(second, "0384", Channel.JMS, inspection("ID-2"), PAYLOAD, "0384:42420001");
                return count(jdbc);
            });

            assertThat(seenBeforeCommit).isZero();
            Map<String, Object> row = jdbc.queryForMap(
                    "select direction, channel, partner, status, identificatie, client_hash from bericht"
                            + " where id = ?",
                    first);
            assertThat(row)
                    .containsEntry("DIRECTION", "IN")
                    .containsEntry("CHANNEL", "JMS")
                    .containsEntry("PARTNER", "0384")
                    .containsEntry("STATUS", "RECEIVED")
                    .containsEntry("IDENTIFICATIE", "ID-1")
                    .containsEntry("CLIENT_HASH", CLIENT);
            assertThat(jdbc.queryForObject("select payload from bericht where id = ?", String.class, first))
                    .isEqualTo("<Bericht/>");
            // a group without one client has no client hash
            assertThat(jdbc.queryForObject("select client_hash from bericht where id = ?", String.class, second))
                    .isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void anIdLoggedBeforeFailsTheCommitAndTheEntryStaysAsItWas(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            TransactionTemplate transaction = new TransactionTemplate(database.transactions());
            UUID logged = UUID.randomUUID();
            UUID batchmate = UUID.randomUUID();
            transaction.executeWithoutResult(tx -> messageLog(jdbc, AT)
                    .logInboundAtCommit(logged, "0384", Channel.JMS, inspection("ID-1"), PAYLOAD, "0384:" + CLIENT));
            jdbc.update("update bericht set status = 'DELIVERED' where id = ?", logged);

            // the crash case: logged, then handed over again as a first delivery
            MessageLog later = messageLog(jdbc, AT.plusSeconds(60));
            assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                        later.logInboundAtCommit(
                                batchmate, "0384", Channel.JMS, inspection("ID-2"), PAYLOAD, "0384:" + CLIENT);
                        later.logInboundAtCommit(
                                logged, "0384", Channel.JMS, inspection("ID-1"), PAYLOAD, "0384:" + CLIENT);
                    }))
                    .isInstanceOf(DataIntegrityViolationException.class);

            assertThat(jdbc.queryForList("select id from bericht", UUID.class)).containsExactly(logged);
            assertThat(jdbc.queryForObject("select status from bericht where id = ?", String.class, logged))
                    .isEqualTo("DELIVERED");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aRollbackLogsNothing(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc, AT);

            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                log.logInboundAtCommit(
                        UUID.randomUUID(), "0384", Channel.JMS, inspection("ID-1"), PAYLOAD, "0384:" + CLIENT);
                tx.setRollbackOnly();
            });

            assertThat(count(jdbc)).isZero();
        }
    }

    /** The message log's intake side: the look-ups, the metrics and the entities are not on this path. */
    private static MessageLog messageLog(JdbcTemplate jdbc, Instant now) {
        MessageRows rows = new MessageRows(jdbc);
        return new MessageLog(null, rows, new DeferredRows(rows, jdbc), jdbc, Clock.fixed(now, ZoneOffset.UTC), null);
    }

    private static Inspection inspection(String identificatie) {
        BerichtHeader header = new BerichtHeader(
                BerichtType.JW301, "0384", "42420001", identificatie, LocalDate.of(2026, 4, 1), "1", "1");
        return new Inspection(BerichtType.JW301, header, null, List.of());
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from bericht", Long.class);
    }
}
