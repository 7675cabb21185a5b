package nl.ketenhub.routing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtPipeline;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.DeferredRows;
import nl.ketenhub.bericht.DeliveryLog;
import nl.ketenhub.bericht.DeliveryQueue;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.monitoring.LogContext;
import nl.ketenhub.partner.Delivery;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code bericht-pipeline} route's step: processes one accepted message and hands what it sends
 * to the receivers. A receiver on JMS gets its message straight from here, inside the pipeline's
 * transactions: the send joins the consumer's JMS transaction and the delivery is written in the
 * pipeline's database transaction, so one message costs one broker hop and one commit less than
 * through the {@code delivery} route. Every other receiver (file, HTTP, pull), and a JMS receiver
 * whose channel is paused or whose client is held, goes through the {@code delivery} route as before.
 * The decision logs a message for a receiver served here as delivered at once (and the inbound
 * message it forwards as delivered), so each row is written once; the send is rendered from the
 * message in memory, not read back from the log.
 */
@Component("handover")
class Handover {

    private static final Logger LOG = LoggerFactory.getLogger(Handover.class);

    private final BerichtPipeline pipeline;
    private final Deliveries deliveries;
    private final DeliveryQueue queue;
    private final DeliveryLog log;
    private final DeferredRows deferred;
    private final ProducerTemplate producer;

    @PersistenceContext
    private EntityManager entityManager;

    Handover(
            BerichtPipeline pipeline,
            Deliveries deliveries,
            DeliveryQueue queue,
            DeliveryLog log,
            DeferredRows deferred,
            ProducerTemplate producer) {
        this.pipeline = pipeline;
        this.deliveries = deliveries;
        this.queue = queue;
        this.log = log;
        this.deferred = deferred;
        this.producer = producer;
    }

    @Transactional
    public void process(
            @Header("ketenhubBerichtId") String berichtId,
            @Header("JMSRedelivered") Boolean redelivered,
            @Header(MessageLog.Unlogged.PARTNER) String intakePartner,
            @Header(MessageLog.Unlogged.CHANNEL) String intakeChannel,
            @Header(MessageLog.Unlogged.RECEIVED_AT) Long receivedAt,
            @Header(MessageLog.Unlogged.GROUP) String group,
            @Body byte[] payload) {
        // a redelivered message ends its batch: it writes its own rows in the route (below)
        DeferredRows.Mark before = Boolean.TRUE.equals(redelivered) ? deferred.mark() : null;
        MessageLog.Unlogged unlogged = MessageLog.Unlogged.of(intakePartner, intakeChannel, receivedAt, group, payload);
        BerichtPipeline.Handover handover = pipeline.process(berichtId, payload, deliveries::sentByPipeline, unlogged);
        List<DeliveryLog.SentByPipeline> sent = new ArrayList<>();
        for (MessageLog.Logged logged : handover.outbound()) {
            try {
                if (logged.sentByPipeline()) {
                    Deliveries.Envelope envelope = deliveries.envelopeForJms(logged);
                    send(envelope);
                    sent.add(new DeliveryLog.SentByPipeline(logged, envelope.target()));
                } else {
                    queue.enqueue(logged.id());
                }
            } finally {
                LogContext.clear();
            }
        }
        // the delivery attempts of this message's sends, written with the batch's commit
        log.sentByPipeline(sent);
        for (UUID resend : handover.resend()) {
            try {
                handAgain(resend);
            } finally {
                LogContext.clear();
            }
        }
        if (before != null) {
            // a row of this message that the database refuses fails this attempt, not the commit;
            // the rows of the batch's earlier messages still wait for the commit
            deferred.writeSince(before);
        }
        // in a batch the transaction goes on: the next message reads what this one wrote (the
        // plain-SQL reads too) and starts from an empty persistence context, as in a transaction of its own
        entityManager.flush();
        entityManager.clear();
    }

    private void send(Deliveries.Envelope envelope) {
        producer.sendBodyAndHeaders(
                "jms:queue:" + envelope.target() + "?jmsMessageType=Text",
                new String(envelope.body(), StandardCharsets.UTF_8),
                envelope.headers());
    }

    /**
     * A message of a redelivered pipeline message (decided before a crash) that may not have gone
     * out. One the log calls delivered by the pipeline was sent in the rolled-back transaction of
     * the message redelivered now, so its duplicate-detection id is unused: it is sent again here.
     * One still pending is the recovery sweep's, as at intake: the sweep may already have queued it
     * for the delivery route, and a second send with the same duplicate id in this transaction (or
     * in the delivery route's) would make the broker reject that whole transaction on every attempt
     * until it is parked. A pulled message the sweep leaves alone; its queueing goes here.
     */
    private void handAgain(UUID id) {
        Deliveries.Envelope envelope = deliveries.envelopeForJms(id);
        if (!envelope.delivered()) {
            if (Delivery.Type.PULL.name().equals(envelope.channel())) {
                queue.enqueue(id);
            } else {
                LOG.info("outbound bericht {} is pending; the recovery sweep queues it for delivery", id);
            }
            return;
        }
        if (Channel.JMS.name().equals(envelope.channel())) {
            send(envelope);
            return;
        }
        // sent by the pipeline in the rolled-back transaction, now to be delivered otherwise (its
        // channel paused or changed): pending again, and queued (its delivery id is unused too)
        log.retryDelivery(id);
        queue.enqueue(id);
    }
}
