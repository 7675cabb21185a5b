package nl.ketenhub.bericht;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The pipeline's new bericht rows (the outbound messages, and an inbound message that intake handed
 * over unlogged, with its decision) and its own delivery attempts, written just before the
 * transaction commits instead of one statement per message: a batch of pipeline messages writes its
 * bericht rows as one JDBC batch, then its delivery attempts as another. Outside a transaction
 * they are written at once.
 *
 * <p>Safe because what the pipeline reads back before the commit it finds here too, and the rest
 * cannot concern a row held here:
 * <ul>
 *   <li>its entry and TR056 ({@code MessageLog.lookUp}) read the held inbound rows as well
 *       ({@link #heldHeadAndNamesakes});
 *   <li>a retour's heenbericht, and TR019's delivered 301, are messages a receiver got: sent after
 *       the commit of the transaction that holds their rows, so never in the same batch as a reply;
 *   <li>a decision on an entry that intake logged stays an immediate update;
 *   <li>the parked-client check asks for FAILED rows, which the pipeline never writes;
 *   <li>the delivery route, the recovery sweep and the operators see the rows after the commit.
 * </ul>
 * The bericht rows go first: a delivery attempt refers to its message.
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

    /**
     * The held rows {@link MessageRows#headAndNamesakes} would find once written: the one with this
     * id, and the accepted inbound rows of this sender with this Identificatie for this BerichtCode.
     * A batch's later message sees its earlier ones' inbound rows through this before the commit.
     */
    List<MessageRows.NewRow> heldHeadAndNamesakes(UUID id, String afzender, String berichtCode, String identificatie) {
        // a look-up holds nothing: it registers nothing with the transaction either
        Pending pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Pending) TransactionSynchronizationManager.getResource(key)
                : null;
        if (pending == null || pending.bericht.isEmpty()) {
            return List.of();
        }
        return pending.bericht.stream()
                .filter(row -> row.id().equals(id) || isNamesake(row, afzender, berichtCode, identificatie))
                .toList();
    }

    private static boolean isNamesake(
            MessageRows.NewRow row, String afzender, String berichtCode, String identificatie) {
        return row.direction() == Direction.IN
                && (row.status() == Status.ACCEPTED || row.status() == Status.DELIVERED)
                && row.type() != null
                && row.type().berichtCode().equals(berichtCode)
                && row.afzender() != null
                && row.afzender().equals(afzender)
                && row.identificatie() != null
                && row.identificatie().equals(identificatie);
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
