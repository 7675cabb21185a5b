package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.canonical.MigratedDatabase;
import nl.ketenhub.monitoring.BerichtMetrics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message JMS intake handed to the pipeline without logging it ({@link MessageLog.Unlogged}), on
 * H2 and PostgreSQL: the look-up gives it an entry in memory and writes nothing, the decision writes
 * that entry once with its final status (no RECEIVED row first), an entry logged before wins, and a
 * failed attempt can log it RECEIVED once.
 */
class UnloggedEntryTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-01T10:15:30Z");
    private static final Instant DECIDED = RECEIVED.plusMillis(250);
    private static final String CLIENT = "a".repeat(64);
    private static final byte[] PAYLOAD = "<Bericht/>".getBytes(StandardCharsets.UTF_8);
    private static final MessageLog.Unlogged UNLOGGED =
            new MessageLog.Unlogged("0384", Channel.JMS, RECEIVED, "0384:" + CLIENT, PAYLOAD);

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theLookUpGivesAnUnloggedMessageAnEntryInMemoryAndWritesNothing(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            UUID id = UUID.randomUUID();

            MessageLog.Lookup lookup = messageLog(jdbc).lookUp(id, header("ID-1"), UNLOGGED);

            assertThat(lookup.logged()).isFalse();
            assertThat(lookup.duplicate()).isFalse();
            assertThat(lookup.entry().decided()).isFalse();
            assertThat(lookup.entry().partner()).isEqualTo("0384");
            assertThat(lookup.entry().channel()).isEqualTo(Channel.JMS);
            assertThat(lookup.entry().identificatie()).isEqualTo("ID-1");
            assertThat(lookup.entry().clientHash()).isEqualTo(CLIENT);
            assertThat(count(jdbc)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theDecisionWritesTheEntryOnceWithItsFinalStatusAndFindings(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc);
            UUID id = UUID.randomUUID();
            Finding finding = Finding.crossMessage("TR056", "9056", "used before", "Header");

            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                MessageLog.Lookup lookup = log.lookUp(id, header("ID-1"), UNLOGGED);
                log.decide(lookup, Outcome.rejected(List.of(finding), List.of()), (receiver, client) -> false);
            });

            Map<String, Object> row = jdbc.queryForMap(
                    "select direction, channel, partner, bericht_code, status, identificatie, client_hash, payload"
                            + " from bericht where id = ?",
                    id);
            assertThat(row)
                    .containsEntry("DIRECTION", "IN")
                    .containsEntry("CHANNEL", "JMS")
                    .containsEntry("PARTNER", "0384")
                    .containsEntry("BERICHT_CODE", BerichtType.JW301.berichtCode())
                    .containsEntry("STATUS", "REJECTED")
                    .containsEntry("IDENTIFICATIE", "ID-1")
                    .containsEntry("CLIENT_HASH", CLIENT)
                    .containsEntry("PAYLOAD", "<Bericht/>");
            assertThat(instant(jdbc, "received_at", id)).isEqualTo(RECEIVED);
            assertThat(instant(jdbc, "updated_at", id)).isEqualTo(DECIDED);
            assertThat(jdbc.queryForList("select rule from bericht_finding where bericht_id = ?", String.class, id))
                    .containsExactly("TR056");
            assertThat(count(jdbc)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void theDecidedEntryWaitsForTheCommitAndARollbackLeavesNone(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc);
            UUID committed = UUID.randomUUID();
            UUID rolledBack = UUID.randomUUID();

            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                log.decide(log.lookUp(committed, header("ID-1"), UNLOGGED), Outcome.accepted(List.of()), none());
                // the same connection: nothing is written before the commit
                assertThat(count(jdbc)).isZero();
            });
            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                log.decide(log.lookUp(rolledBack, header("ID-2"), UNLOGGED), Outcome.accepted(List.of()), none());
                tx.setRollbackOnly();
            });

            assertThat(jdbc.queryForList("select id from bericht", UUID.class)).containsExactly(committed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void tr056SeesTheAcceptedEntryOfAnEarlierMessageOfTheSameBatch(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc);
            UUID first = UUID.randomUUID();
            UUID again = UUID.randomUUID();
            UUID other = UUID.randomUUID();

            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                log.decide(log.lookUp(first, header("ID-1"), UNLOGGED), Outcome.accepted(List.of()), none());

                assertThat(log.lookUp(again, header("ID-1"), UNLOGGED).duplicate())
                        .isTrue();
                assertThat(log.lookUp(other, header("ID-2"), UNLOGGED).duplicate())
                        .isFalse();
                // the held entry is the message's own: decided, so a second delivery re-sends, never re-applies
                MessageLog.Lookup self = log.lookUp(first, header("ID-1"), UNLOGGED);
                assertThat(self.logged()).isTrue();
                assertThat(self.duplicate()).isFalse();
                assertThat(self.entry().decided()).isTrue();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aRejectedEntryOfTheSameBatchDoesNotCountForTr056(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc);
            Finding finding = Finding.crossMessage("TR019", "9019", "not delivered", "Header");

            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                log.decide(
                        log.lookUp(UUID.randomUUID(), header("ID-1"), UNLOGGED),
                        Outcome.rejected(List.of(finding), List.of()),
                        none());

                assertThat(log.lookUp(UUID.randomUUID(), header("ID-1"), UNLOGGED)
                                .duplicate())
                        .isFalse();
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void anEntryLoggedBeforeIsDecidedInPlace(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc);
            UUID id = UUID.randomUUID();
            // a redelivery logged it at intake (or a failed attempt did), then it came with the headers again
            log.logUnloggedIfAbsent(id, UNLOGGED, header("ID-1"));

            new TransactionTemplate(database.transactions()).executeWithoutResult(tx -> {
                MessageLog.Lookup lookup = log.lookUp(id, header("ID-1"), UNLOGGED);
                assertThat(lookup.logged()).isTrue();
                log.decide(lookup, Outcome.accepted(List.of()), (receiver, client) -> false);
            });

            assertThat(jdbc.queryForObject("select status from bericht where id = ?", String.class, id))
                    .isEqualTo("ACCEPTED");
            assertThat(count(jdbc)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aFailedAttemptLogsTheMessageReceivedOnce(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            MessageLog log = messageLog(jdbc);
            UUID id = UUID.randomUUID();

            log.logUnloggedIfAbsent(id, UNLOGGED, header("ID-1"));
            log.logUnloggedIfAbsent(id, UNLOGGED, header("ID-1"));

            assertThat(jdbc.queryForObject("select status from bericht where id = ?", String.class, id))
                    .isEqualTo("RECEIVED");
            assertThat(instant(jdbc, "received_at", id)).isEqualTo(RECEIVED);
            assertThat(count(jdbc)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aMessageWithoutAnEntryOrWhatIntakeHandedOverIsAnError(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            UUID id = UUID.randomUUID();

            assertThatThrownBy(() -> messageLog(database.jdbc()).lookUp(id, header("ID-1")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("No bericht " + id);
        }
    }

    /** The message log's pipeline side; the entities it flushes first are not on this path. */
    private static MessageLog messageLog(JdbcTemplate jdbc) {
        MessageRows rows = new MessageRows(jdbc);
        return new MessageLog(
                mock(BerichtRepository.class),
                rows,
                new NewRows(Clock.fixed(DECIDED, ZoneOffset.UTC)),
                new DeferredRows(rows, jdbc),
                jdbc,
                Clock.fixed(DECIDED, ZoneOffset.UTC),
                mock(BerichtMetrics.class));
    }

    private static BiPredicate<String, String> none() {
        return (receiver, client) -> false;
    }

    private static BerichtHeader header(String identificatie) {
        return new BerichtHeader(
                BerichtType.JW301, "0384", "42420001", identificatie, LocalDate.of(2026, 4, 1), "1", "1");
    }

    private static Instant instant(JdbcTemplate jdbc, String column, UUID id) {
        return jdbc.queryForObject("select " + column + " from bericht where id = ?", Timestamp.class, id)
                .toInstant();
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from bericht", Long.class);
    }
}
