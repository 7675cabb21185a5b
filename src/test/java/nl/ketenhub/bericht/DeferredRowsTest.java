package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import nl.ketenhub.canonical.MigratedDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's new bericht rows and delivery attempts wait for the commit of their transaction, on
 * H2 and PostgreSQL: none before it, all of them with it, none after a rollback; meanwhile the
 * look-up finds the held ones.
 */
class DeferredRowsTest {

    private static final Instant AT = Instant.parse("2026-04-01T10:15:30Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void rowsOfSeveralMessagesAreWrittenWithTheCommitTheirAttemptsAfterThem(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

            List<Long> seenBeforeCommit = new TransactionTemplate(database.transactions()).execute(tx -> {
                // two messages of one batch: the attempt of the first comes before the second's row
                deferred.bericht(List.of(row(ids.get(0)), row(ids.get(1))));
                deferred.aflevering(List.of(attempt(ids.get(0)), attempt(ids.get(1))));
                deferred.bericht(List.of(row(ids.get(2))));
                deferred.aflevering(List.of(attempt(ids.get(2))));
                return List.of(count(jdbc, "bericht"), count(jdbc, "aflevering"));
            });

            assertThat(seenBeforeCommit).containsExactly(0L, 0L);
            assertThat(jdbc.queryForList("select id from bericht", UUID.class))
                    .containsExactlyInAnyOrderElementsOf(ids);
            assertThat(jdbc.queryForList(
                            "select bericht_id from aflevering where outcome = 'OK' and detail = ?",
                            UUID.class,
                            MessageLog.SENT_BY_PIPELINE))
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aRollbackWritesNothingAndTheNextTransactionStartsEmpty(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            UUID rolledBack = UUID.randomUUID();
            UUID committed = UUID.randomUUID();
            TransactionTemplate transaction = new TransactionTemplate(database.transactions());

            transaction.executeWithoutResult(tx -> {
                deferred.bericht(List.of(row(rolledBack)));
                deferred.aflevering(List.of(attempt(rolledBack)));
                tx.setRollbackOnly();
            });
            transaction.executeWithoutResult(tx -> deferred.bericht(List.of(row(committed))));

            assertThat(jdbc.queryForList("select id from bericht", UUID.class)).containsExactly(committed);
            assertThat(count(jdbc, "aflevering")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aRowThatCannotBeWrittenFailsTheCommit(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            UUID written = UUID.randomUUID();
            TransactionTemplate transaction = new TransactionTemplate(database.transactions());

            assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                        deferred.bericht(List.of(row(written)));
                        // an attempt of a message that does not exist breaks aflevering's foreign key
                        deferred.aflevering(List.of(attempt(UUID.randomUUID())));
                    }))
                    .isInstanceOf(DataIntegrityViolationException.class);

            assertThat(count(jdbc, "bericht")).isZero();
            assertThat(count(jdbc, "aflevering")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void writeSinceWritesOneMessagesRowsNowAndLeavesTheEarlierOnesToTheCommit(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            UUID earlier = UUID.randomUUID();
            UUID redelivered = UUID.randomUUID();

            List<UUID> writtenBeforeCommit = new TransactionTemplate(database.transactions()).execute(tx -> {
                deferred.bericht(List.of(row(earlier)));
                deferred.aflevering(List.of(attempt(earlier)));
                DeferredRows.Mark mark = deferred.mark();
                deferred.bericht(List.of(row(redelivered)));
                deferred.aflevering(List.of(attempt(redelivered)));
                deferred.writeSince(mark);
                return jdbc.queryForList("select bericht_id from aflevering", UUID.class);
            });

            assertThat(writtenBeforeCommit).containsExactly(redelivered);
            assertThat(jdbc.queryForList("select id from bericht", UUID.class))
                    .containsExactlyInAnyOrder(earlier, redelivered);
            assertThat(jdbc.queryForList("select bericht_id from aflevering", UUID.class))
                    .containsExactlyInAnyOrder(earlier, redelivered);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aRefusedRowOfAnEarlierMessageIsNotWrittenWithTheRedeliveredOneButFailsTheCommit(
            String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            UUID redelivered = UUID.randomUUID();
            TransactionTemplate transaction = new TransactionTemplate(database.transactions());

            assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                        // an earlier message's attempt that breaks aflevering's foreign key
                        deferred.aflevering(List.of(attempt(UUID.randomUUID())));
                        DeferredRows.Mark mark = deferred.mark();
                        deferred.bericht(List.of(row(redelivered)));
                        deferred.aflevering(List.of(attempt(redelivered)));
                        // the redelivered message's own rows are written without error
                        assertThatCode(() -> deferred.writeSince(mark)).doesNotThrowAnyException();
                        assertThat(count(jdbc, "aflevering")).isEqualTo(1);
                    }))
                    .isInstanceOf(DataIntegrityViolationException.class);

            assertThat(count(jdbc, "bericht")).isZero();
            assertThat(count(jdbc, "aflevering")).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void aTransactionOfItsOwnInsideAnotherWritesItsRowsWithItsOwnCommit(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            UUID outer = UUID.randomUUID();
            UUID inner = UUID.randomUUID();
            TransactionTemplate transaction = new TransactionTemplate(database.transactions());
            TransactionTemplate own = new TransactionTemplate(database.transactions());
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

            transaction.executeWithoutResult(tx -> {
                deferred.bericht(List.of(row(outer)));
                own.executeWithoutResult(innerTx -> deferred.bericht(List.of(row(inner))));
                tx.setRollbackOnly();
            });

            assertThat(jdbc.queryForList("select id from bericht", UUID.class)).containsExactly(inner);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void outsideATransactionTheRowsAreWrittenAtOnce(String name, Supplier<MigratedDatabase> db) throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            UUID id = UUID.randomUUID();

            deferred.bericht(List.of(row(id)));
            assertThat(count(jdbc, "bericht")).isEqualTo(1);
            deferred.aflevering(List.of(attempt(id)));
            assertThat(count(jdbc, "aflevering")).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nl.ketenhub.canonical.MigratedDatabase#both")
    void heldRowsAreFoundByIdAndAsAcceptedInboundNamesakesOnly(String name, Supplier<MigratedDatabase> db)
            throws Exception {
        try (MigratedDatabase database = db.get()) {
            JdbcTemplate jdbc = database.jdbc();
            DeferredRows deferred = new DeferredRows(new MessageRows(jdbc), jdbc);
            MessageRows.NewRow forward = row(UUID.randomUUID());
            MessageRows.NewRow accepted = inbound("0384", "ID-1", Status.ACCEPTED);
            MessageRows.NewRow delivered = inbound("0384", "ID-1", Status.DELIVERED);
            MessageRows.NewRow rejected = inbound("0384", "ID-1", Status.REJECTED);
            MessageRows.NewRow otherSender = inbound("0385", "ID-1", Status.ACCEPTED);
            MessageRows.NewRow otherIdentificatie = inbound("0384", "ID-2", Status.ACCEPTED);
            UUID lookedUp = UUID.randomUUID();

            List<MessageRows.NewRow> found = new TransactionTemplate(database.transactions()).execute(tx -> {
                deferred.bericht(List.of(forward, accepted, delivered, rejected, otherSender, otherIdentificatie));
                return deferred.heldHeadAndNamesakes(lookedUp, "0384", BerichtType.JW301.berichtCode(), "ID-1");
            });
            MessageRows.NewRow answer = row(UUID.randomUUID());
            List<MessageRows.NewRow> byId = new TransactionTemplate(database.transactions()).execute(tx -> {
                deferred.bericht(List.of(answer));
                return deferred.heldHeadAndNamesakes(answer.id(), "0384", BerichtType.JW301.berichtCode(), "ID-9");
            });

            // the outbound row carries the same header fields, but TR056 is about inbound messages
            assertThat(found).containsExactly(accepted, delivered);
            assertThat(byId).containsExactly(answer);
            assertThat(deferred.heldHeadAndNamesakes(lookedUp, "0384", BerichtType.JW301.berichtCode(), "ID-1"))
                    .as("outside a transaction nothing is held")
                    .isEmpty();
        }
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** An outbound row: a forward of 0384's 301 with Identificatie ID-1. */
    private static MessageRows.NewRow row(UUID id) {
        return row(id, Direction.OUT, Channel.HUB, "0384", "ID-1", Status.DELIVERED);
    }

    private static MessageRows.NewRow inbound(String afzender, String identificatie, Status status) {
        return row(UUID.randomUUID(), Direction.IN, Channel.JMS, afzender, identificatie, status);
    }

    private static MessageRows.NewRow row(
            UUID id, Direction direction, Channel channel, String afzender, String identificatie, Status status) {
        return new MessageRows.NewRow(
                id,
                direction,
                channel,
                direction == Direction.IN ? afzender : "42420001",
                BerichtType.JW301,
                afzender,
                "42420001",
                identificatie,
                null,
                status,
                AT,
                "<Bericht/>",
                null,
                null,
                null,
                false,
                List.of(),
                AT);
    }

    private static DeferredRows.Attempt attempt(UUID id) {
        return new DeferredRows.Attempt(
                id,
                Channel.JMS,
                "ketenhub.42420001.out",
                OffsetDateTime.ofInstant(AT, ZoneOffset.UTC),
                MessageLog.SENT_BY_PIPELINE);
    }
}
