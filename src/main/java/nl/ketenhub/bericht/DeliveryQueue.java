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
}
