package nl.ketenhub.bericht;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The pipeline's outbound messages and its own delivery attempts, written just before the
 * transaction commits instead of one statement per message: a batch of pipeline messages writes its
 * outbound rows as one JDBC batch, then its delivery attempts as another. Outside a transaction
 * they are written at once.
 *
 * <p>Safe because nothing on the pipeline's path reads them back before the commit: the pipeline
 * reads inbound rows (its entry, TR056, a retour's heenbericht) and their decisions, which stay
 * immediate; the parked-client check asks for FAILED rows, which the pipeline never writes; the
 * delivery route and the operators see the rows after the commit, as before. The bericht rows go
 * first: a delivery attempt refers to its message.
 *
 * <p>A row the database refuses fails the commit, after the route: the batch rolls back and the
 * broker redelivers it. A redelivered message writes its own rows at the end of its processing
 * ({@link #writeSince}), so a failure that persists fails inside the route, is written to the log
 * as a failed attempt and parks the message after the last one, as any other failure does.
 */
@Component
public class DeferredRows {

    private final Object key = new Object();
    private final MessageRows rows;
    private final JdbcTemplate jdbc;

    DeferredRows(MessageRows rows, JdbcTemplate jdbc) {
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** A successful delivery attempt of an outbound message, as {@link DeliveryLog} writes it. */
    record Attempt(UUID berichtId, Channel channel, String target, OffsetDateTime at, String detail) {}

    /** New bericht rows (with their findings), in order. */
    void bericht(List<MessageRows.NewRow> newRows) {
        if (newRows.isEmpty()) {
            return;
        }
        Pending pending = pending();
        if (pending == null) {
            rows.insertAll(newRows);
        } else {
            pending.bericht.addAll(newRows);
        }
    }

    /** Successful delivery attempts, in order; written after the bericht rows held so far. */
    void aflevering(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        Pending pending = pending();
        if (pending == null) {
            insertAttempts(attempts);
        } else {
            pending.aflevering.addAll(attempts);
        }
    }

    /** How many rows of each table this transaction holds at a point ({@link #mark}). */
    public record Mark(int bericht, int aflevering) {}

    /** Where this transaction's held rows stand now. */
    public Mark mark() {
        Pending pending = pending();
        return pending == null ? new Mark(0, 0) : new Mark(pending.bericht.size(), pending.aflevering.size());
    }

    /**
     * Writes the rows held since the mark, now: those of one message. Rows held before it (the batch's
     * earlier messages) still wait for the commit, so a row of theirs that the database refuses is
     * not charged to this message.
     */
    public void writeSince(Mark mark) {
        Pending pending = pending();
        if (pending != null) {
            write(pending, mark);
        }
    }

    /** Writes the rows held since the mark and lets go of them; bericht rows first. */
    private void write(Pending pending, Mark mark) {
        List<MessageRows.NewRow> bericht = pending.bericht.subList(mark.bericht(), pending.bericht.size());
        List<Attempt> aflevering = pending.aflevering.subList(mark.aflevering(), pending.aflevering.size());
        if (!bericht.isEmpty()) {
            rows.insertAll(List.copyOf(bericht));
        }
        if (!aflevering.isEmpty()) {
            insertAttempts(List.copyOf(aflevering));
        }
        bericht.clear();
        aflevering.clear();
    }

    private void insertAttempts(List<Attempt> attempts) {
        jdbc.batchUpdate(
                DeliveryLog.SUCCESSFUL_ATTEMPT,
                attempts.stream()
                        .map(a -> new Object[] {a.berichtId(), a.channel().name(), a.target(), a.at(), a.detail()})
                        .toList());
    }

    /** This transaction's rows, registered for its commit on first use; null outside a transaction. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            Pending fresh = new Pending();
            TransactionSynchronizationManager.bindResource(key, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(fresh, new Mark(0, 0));
                }

                // a transaction of its own inside this one (REQUIRES_NEW) holds and writes its own rows
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(key);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(key, fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            pending = fresh;
        }
        return pending;
    }

    private static final class Pending {
        final List<MessageRows.NewRow> bericht = new ArrayList<>();
        final List<Attempt> aflevering = new ArrayList<>();
    }
}
