package nl.ketenhub.bericht;

import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands logged outbound messages to the {@code delivery} route. Sent inside the pipeline's JMS
 * transaction, so a message is queued for delivery exactly when its processing commits.
 */
@Component
public class DeliveryQueue {

    static final String QUEUE = "jms:queue:ketenhub.delivery";

    private final ProducerTemplate producer;

    DeliveryQueue(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * Queues an outbound message for delivery once: queueing it again while the first copy is still
     * on the queue (recovery after a crash) is dropped by the broker.
     */
    public void enqueue(UUID outboundId) {
        producer.sendBodyAndHeaders(
                QUEUE,
                outboundId.toString(),
                java.util.Map.of(
                        PipelineQueue.BERICHT_ID,
                        outboundId.toString(),
                        PipelineQueue.DUPLICATE_ID,
                        "ketenhub-delivery-" + outboundId));
    }

    /**
     * Queues an outbound message again on purpose (an operator resumed a paused channel): a fresh
     * duplicate-detection id, so the broker accepts it although it was queued before. The receiver
     * still gets it once (the outbound send carries its own duplicate id and Idempotency-Key).
     */
    public void requeue(UUID outboundId) {
        producer.sendBodyAndHeaders(
                QUEUE,
                outboundId.toString(),
                java.util.Map.of(
                        PipelineQueue.BERICHT_ID,
                        outboundId.toString(),
                        PipelineQueue.DUPLICATE_ID,
                        "ketenhub-delivery-" + outboundId + "-" + UUID.randomUUID()));
    }
}
