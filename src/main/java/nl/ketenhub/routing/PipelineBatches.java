package nl.ketenhub.routing;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.component.jms.MessageListenerContainerFactory;
import org.springframework.jms.listener.AbstractMessageListenerContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The listener container of the {@code bericht-pipeline} route ({@code consumerType: Custom}):
 * commits in batches of {@code ketenhub.pipeline.batch-size}. Camel configures it further from the
 * endpoint's options, as it does its own. Its consumers share one {@link PipelineBatchMetrics}.
 */
@Component("pipelineBatches")
class PipelineBatches implements MessageListenerContainerFactory {

    private final PlatformTransactionManager database;
    private final PipelineProperties properties;
    private final PipelineBatchMetrics metrics;

    PipelineBatches(PlatformTransactionManager database, PipelineProperties properties, MeterRegistry registry) {
        this.database = database;
        this.properties = properties;
        this.metrics = new PipelineBatchMetrics(registry);
    }

    @Override
    public AbstractMessageListenerContainer createMessageListenerContainer(JmsEndpoint endpoint) {
        return new BatchingListenerContainer(endpoint, database, properties.batchSize(), metrics);
    }
}
