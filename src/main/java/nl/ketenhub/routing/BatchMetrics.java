package nl.ketenhub.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What one queue's batching consumers did since the hub started, tagged {@code queue}: {@code
 * ketenhub.batch.messages} (messages per committed batch: count, total, max; Prometheus {@code
 * ketenhub_batch_messages_*}) and {@code ketenhub.batch.rollbacks} (batches rolled back by a failure
 * or a lost broker connection, whose messages the broker redelivers) and {@code ketenhub.batch.held}
 * (messages held back behind earlier messages of their client that a rollback took back, see {@link
 * TakenBack}). Only with a batch size above 1.
 */
final class BatchMetrics {

    private final DistributionSummary committed;
    private final Counter rolledBack;
    private final Counter held;

    BatchMetrics(MeterRegistry registry, String queue) {
        this.committed = DistributionSummary.builder("ketenhub.batch.messages")
                .description("Messages per committed batch of a queue's consumers (one database and one JMS commit)")
                .baseUnit("messages")
                .tag("queue", queue)
                .register(registry);
        this.rolledBack = Counter.builder("ketenhub.batch.rollbacks")
                .description("Batches rolled back; the broker redelivers their messages")
                .tag("queue", queue)
                .register(registry);
        this.held = Counter.builder("ketenhub.batch.held")
                .description("Messages held back behind earlier messages of their group that a rollback took back")
                .tag("queue", queue)
                .register(registry);
    }

    void committed(int messages) {
        committed.record(messages);
    }

    void rolledBack() {
        rolledBack.increment();
    }

    void heldBack() {
        held.increment();
    }
}
