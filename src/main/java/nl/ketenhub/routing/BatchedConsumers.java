package nl.ketenhub.routing;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.component.jms.MessageListenerContainerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.listener.AbstractMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The listener containers of the transacted queue consumers that commit in batches ({@code
 * consumerType: Custom}): {@code #pipelineBatches} for the {@code bericht-pipeline} route ({@code
 * ketenhub.pipeline.batch-size}) and {@code #intakeBatches} for the partners' JMS intake ({@code
 * ketenhub.pipeline.intake-batch-size}). Camel configures each container further from the
 * endpoint's options, as it does its own; each counts its batches under its queue's name ({@link
 * BatchMetrics}).
 */
final class BatchedConsumers implements MessageListenerContainerFactory {

    private final PlatformTransactionManager database;
    private final int batchSize;
    private final MeterRegistry registry;
    private final BrokerProperties broker;

    BatchedConsumers(
            PlatformTransactionManager database, int batchSize, MeterRegistry registry, BrokerProperties broker) {
        this.database = database;
        this.batchSize = batchSize;
        this.registry = registry;
        this.broker = broker;
    }

    @Override
    public AbstractMessageListenerContainer createMessageListenerContainer(JmsEndpoint endpoint) {
        return new BatchingListenerContainer(
                endpoint, database, batchSize, new BatchMetrics(registry, endpoint.getDestinationName()), broker);
    }

    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        BatchedConsumers pipelineBatches(
                PlatformTransactionManager database,
                PipelineProperties properties,
                MeterRegistry registry,
                BrokerProperties broker) {
            return new BatchedConsumers(database, properties.batchSize(), registry, broker);
        }

        @Bean
        BatchedConsumers intakeBatches(
                PlatformTransactionManager database,
                PipelineProperties properties,
                MeterRegistry registry,
                BrokerProperties broker) {
            return new BatchedConsumers(database, properties.intakeBatchSize(), registry, broker);
        }
    }
}
