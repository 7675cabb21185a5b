package nl.ketenhub.routing;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batching listener container's record of the messages a batch rollback took back although they
 * had not failed: the broker redelivers them only after its redelivery delay, and until then a later
 * message of the same order (the same JMS message group, or the whole queue for a queue without
 * groups, such as a partner's intake) must not be processed before them. Such a message is held
 * back: the consumer rolls it back, so it too returns after the delay, behind them. A redelivered
 * message that is not recorded here (a failed message's next attempt) is never held back: a failed
 * message does not stop its client's later messages ({@code ketenhub.parking.policy}).
 *
 * <p>Entries keep their original order; an entry whose message is not back within its due time
 * plus {@code grace} (taken by another node, moved or parked) is dropped. A message without a JMS
 * message id cannot be recognised when it comes back and is not recorded. One per listener
 * container, shared by its consumers (a group moves to another consumer when its consumer is
 * closed, as after a failed commit); thread-safe.
 */
final class TakenBack {

    /** What the consumer knows of a message it received. */
    record Taken(String messageId, String group, int deliveryCount, boolean redelivered) {

        Taken {
            group = group == null ? "" : group;
        }
    }

    private record Entry(String group, long due) {}

    /** The broker's scheduler puts a message back at its due time; a consumer asking this much later finds it there. */
    static final long SCHEDULER_MARGIN_MILLIS = 50;

    private final Map<String, Entry> waiting = new LinkedHashMap<>();
    private final BrokerProperties broker;
    private final long graceMillis;

    TakenBack(BrokerProperties broker, long graceMillis) {
        this.broker = broker;
        this.graceMillis = graceMillis;
    }

    synchronized boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** A rollback took these messages back (in the order they were received); the broker redelivers them after its delay. */
    synchronized void tookBack(List<Taken> messages, long now) {
        for (Taken message : messages) {
            if (message.messageId() == null) {
                continue;
            }
            waiting.merge(
                    message.messageId(),
                    new Entry(message.group(), now + redeliveryDelay(message.deliveryCount())),
                    (earlier, later) -> new Entry(earlier.group(), later.due()));
        }
    }

    /**
     * Whether the message may be processed now; if not, it is recorded as taken back too (the
     * consumer rolls it back) behind the messages it waits for.
     */
    synchronized boolean admit(Taken message, long now) {
        dropOverdue(now);
        if (waiting.isEmpty()) {
            return true;
        }
        boolean recorded = message.messageId() != null && waiting.containsKey(message.messageId());
        if (!recorded && message.redelivered()) {
            return true;
        }
        for (Map.Entry<String, Entry> entry : waiting.entrySet()) {
            if (entry.getKey().equals(message.messageId())) {
                break;
            }
            if (entry.getValue().group().equals(message.group()) && message.messageId() != null) {
                tookBack(List.of(message), now);
                return false;
            }
        }
        waiting.remove(message.messageId());
        return true;
    }

    /** The message is processed after all (it could not go back): nothing waits for it. */
    synchronized void forget(String messageId) {
        waiting.remove(messageId);
    }

    /**
     * Milliseconds until the first recorded message of a queue without groups is due again: every
     * message of that queue waits for it, so receiving before then only takes back message after
     * message; {@link #SCHEDULER_MARGIN_MILLIS} more lets the broker put it back first. 0 when there
     * is none.
     */
    synchronized long untilUngroupedDue(long now) {
        return waiting.values().stream()
                .filter(entry -> entry.group().isEmpty())
                .mapToLong(entry -> Math.max(0, entry.due() + SCHEDULER_MARGIN_MILLIS - now))
                .min()
                .orElse(0);
    }

    /** The broker's pause before redelivering a message rolled back after this many deliveries. */
    long redeliveryDelay(int deliveryCount) {
        return broker.redeliveryDelayAfter(deliveryCount);
    }

    private void dropOverdue(long now) {
        for (Iterator<Entry> entries = waiting.values().iterator(); entries.hasNext(); ) {
            if (entries.next().due() + graceMillis < now) {
                entries.remove();
            }
        }
    }
}
