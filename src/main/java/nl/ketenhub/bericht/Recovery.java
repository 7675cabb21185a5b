package nl.ketenhub.bericht;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.partner.Delivery;
import nl.ketenhub.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds messages the hub accepted but never handed on: an inbound message logged as RECEIVED whose
 * queueing was lost in a crash, or an outbound message whose delivery was never queued. Queues them
 * again; the broker's duplicate detection drops the copy when the first one is still there, and the
 * pipeline and delivery are idempotent when it was already handled. An inbound message the pipeline
 * failed on is left to the broker's redelivery until that is over ({@link RedeliverySpan}); after
 * that it was parked without its last attempt being logged, or waits behind a stopped pipeline, and
 * is queued again as before. Runs on the {@code recovery} route and once at start-up.
 */
@Component("recovery")
public class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    private final MessageLog log;
    private final IntakeInspector inspector;
    private final PipelineQueue pipeline;
    private final DeliveryQueue deliveries;
    private final PartnerDirectory partners;
    private final RecoveryProperties properties;
    private final RedeliverySpan redelivery;
    private final Clock clock;

    Recovery(
            MessageLog log,
            IntakeInspector inspector,
            PipelineQueue pipeline,
            DeliveryQueue deliveries,
            PartnerDirectory partners,
            RecoveryProperties properties,
            RedeliverySpan redelivery,
            Clock clock) {
        this.log = log;
        this.inspector = inspector;
        this.pipeline = pipeline;
        this.deliveries = deliveries;
        this.partners = partners;
        this.properties = properties;
        this.redelivery = redelivery;
        this.clock = clock;
    }

    /** One sweep; returns how many messages were queued again. */
    public int sweep() {
        Instant before = clock.instant().minus(properties.after());
        // a failed pipeline attempt this recent: the broker may still redeliver the message (a JMS
        // first delivery has no duplicate-detection id that would drop a copy queued now)
        Instant redelivering = before.minus(redelivery.value());
        int requeued = 0;
        for (UUID id : log.strandedInbound(before, redelivering, properties.batch())) {
            // a message still RECEIVED is never purged (PayloadRetention); the payload is there
            byte[] payload = log.payload(id).orElseThrow();
            Inspection inspection = inspector.inspect(payload);
            if (inspection.accepted()) {
                pipeline.enqueue(id, pipeline.groupKey(inspection), payload);
                requeued++;
            }
        }
        List<UUID> outbound = log.stranded(Direction.OUT, before, properties.batch());
        for (UUID id : outbound) {
            boolean pulls = partners.find(log.receiverOf(id))
                    .map(p -> p.delivery().type() == Delivery.Type.PULL)
                    .orElse(true);
            if (!pulls) {
                deliveries.enqueue(id);
                requeued++;
            }
        }
        if (requeued > 0) {
            LOG.warn("recovery queued {} stranded messages again", requeued);
        }
        return requeued;
    }
}
