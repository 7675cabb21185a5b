package nl.ketenhub.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the pipeline's batches did since the hub started: {@code ketenhub.pipeline.batch.messages}
 * (messages per committed batch: count, total, max; Prometheus {@code
 * ketenhub_pipeline_batch_messages_*}) and {@code ketenhub.pipeline.batch.rollbacks} (batches rolled
 * back by a failure or a lost broker connection, whose messages the broker redelivers). Only with
 * {@code ketenhub.pipeline.batch-size} above 1.
 */
final class PipelineBatchMetrics {

    private final DistributionSummary committed;
    private final Counter rolledBack;

    PipelineBatchMetrics(MeterRegistry registry) {
        this.committed = DistributionSummary.builder("ketenhub.pipeline.batch.messages")
                .description("Messages per committed pipeline batch (one database and one JMS commit)")
                .baseUnit("messages")
                .register(registry);
        this.rolledBack = Counter.builder("ketenhub.pipeline.batch.rollbacks")
                .description("Pipeline batches rolled back; the broker redelivers their messages")
                .register(registry);
    }

    void committed(int messages) {
        committed.record(messages);
    }

    void rolledBack() {
        rolledBack.increment();
    }
}
