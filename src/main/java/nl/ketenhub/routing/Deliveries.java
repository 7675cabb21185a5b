package nl.ketenhub.routing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.DeliveryLog;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.ParkingProperties;
import nl.ketenhub.format.Formats;
import nl.ketenhub.format.MessageFormat;
import nl.ketenhub.monitoring.LogContext;
import nl.ketenhub.monitoring.PartnerChannels;
import nl.ketenhub.partner.Delivery;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Resolves where an outbound message goes (the receiver's delivery channel in the partner
 * directory) and records the result. Used by the {@code delivery} route; the sending itself is
 * Camel's.
 */
@Component("deliveries")
class Deliveries {

    static final String CHANNEL = "ketenhubChannel";
    static final String TARGET = "ketenhubTarget";
    /** The media type of the body in the receiver's format, for an HTTP push. */
    static final String MEDIA_TYPE = "ketenhubMediaType";
    /** Artemis duplicate detection (org.apache.activemq.artemis.api.core.Message#HDR_DUPLICATE_DETECTION_ID). */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** The receiver's channel is paused: the message stays undelivered in the log until resume. */
    static final String PAUSED = "PAUSED";

    private final DeliveryLog log;
    private final PartnerDirectory partners;
    private final Path outboxRoot;
    private final PartnerChannels channels;
    private final ParkingProperties parking;
    private final Formats formats;

    Deliveries(
            DeliveryLog log,
            PartnerDirectory partners,
            @Value("${ketenhub.data-dir}") String dataDir,
            PartnerChannels channels,
            ParkingProperties parking,
            Formats formats) {
        this.log = log;
        this.parking = parking;
        this.partners = partners;
        this.outboxRoot = Path.of(dataDir, "outbox");
        this.channels = channels;
        this.formats = formats;
    }

    public void prepare(Exchange exchange) {
        Message message = exchange.getMessage();
        UUID id = UUID.fromString(message.getHeader("ketenhubBerichtId", String.class));
        // the attempt number for Failures, before the JMS headers are dropped from the outbound copy
        exchange.setProperty(Failures.ATTEMPT, message.getHeader(Failures.DELIVERY_COUNT, Integer.class));
        message.removeHeaders("JMS*");
        Envelope envelope = envelope(id);
        message.getHeaders().putAll(envelope.headers());
        message.setBody(envelope.body() == null ? null : new String(envelope.body(), StandardCharsets.UTF_8));
    }

    /**
     * What goes to the receiver of one outbound message, in its own format, and over which channel;
     * channel {@link #PAUSED}: the message stays undelivered in the log (paused channel, or a parked
     * message of the same client under policy park-client).
     */
    Envelope envelope(UUID id) {
        return envelope(id, false);
    }

    /**
     * As {@link #envelope(UUID)} for the pipeline's own sends: the body is rendered only for a
     * receiver on JMS; any other gets its channel and target only (the delivery route renders it).
     */
    Envelope envelopeForJms(UUID id) {
        return envelope(id, true);
    }

    /**
     * Whether the pipeline sends to this receiver itself, in its own transactions: a JMS receiver
     * whose channel is not paused (read once per transaction) and, under policy park-client, with no
     * parked delivery about this client (its hash; null for a message about no one client).
     */
    boolean sentByPipeline(String receiver, String clientHash) {
        return partners.find(receiver)
                        .filter(p -> p.delivery().type() == Delivery.Type.JMS)
                        .isPresent()
                && !channels.isPausedInThisTransaction(receiver)
                && !(parking.holdsClient() && log.clientParked(receiver, clientHash));
    }

    /** The envelope of a message the pipeline has just logged for a JMS receiver ({@link #sentByPipeline}). */
    Envelope envelopeForJms(MessageLog.Logged logged) {
        LogContext.set(logged.id(), logged.identificatie());
        BerichtType type = logged.outbound().type();
        return resolved(
                logged.id(),
                logged.outbound().receiver(),
                logged.outbound().payload(),
                DeliveryLog.fileName(type == null ? null : type.name(), logged.id()),
                true,
                true,
                headers(logged.id()));
    }

    private Envelope envelope(UUID id, boolean jmsOnly) {
        DeliveryLog.Outgoing outgoing = log.outgoing(id);
        LogContext.set(id, outgoing.identificatie());
        Map<String, Object> headers = headers(id);
        if (channels.isPaused(outgoing.receiver()) || parking.holdsClient() && log.clientParked(id)) {
            headers.put(CHANNEL, PAUSED);
            return new Envelope(id, PAUSED, null, null, headers, outgoing.delivered());
        }
        return resolved(
                id,
                outgoing.receiver(),
                outgoing.payload(),
                outgoing.fileName(),
                outgoing.delivered(),
                jmsOnly,
                headers);
    }

    private static Map<String, Object> headers(UUID id) {
        Map<String, Object> headers = new HashMap<>();
        headers.put("ketenhubBerichtId", id.toString());
        // Sent again when the broker redelivers, even if the log already says delivered: the earlier
        // send may have been rolled back. The receiver sees it once: the broker drops a duplicate
        // id (JMS), the file name is the same (FILE), the Idempotency-Key is the same (HTTP).
        headers.put(DUPLICATE_ID, "ketenhub-out-" + id);
        return headers;
    }

    private Envelope resolved(
            UUID id,
            String receiverCode,
            byte[] payload,
            String fileName,
            boolean delivered,
            boolean jmsOnly,
            Map<String, Object> headers) {
        Partner receiver = partners.require(receiverCode);
        String target =
                switch (receiver.delivery().type()) {
                    case JMS -> jmsQueue(receiver);
                    case FILE -> targetOr(
                            receiver, outboxRoot.resolve(receiver.code()).toString());
                    case HTTP -> targetOr(receiver, null);
                    case PULL -> "outbox";
                };
        String channel = receiver.delivery().type().name();
        if (jmsOnly && receiver.delivery().type() != Delivery.Type.JMS) {
            return new Envelope(id, channel, target, null, headers, delivered);
        }
        // the receiver gets the message in its own language (partners.yaml format)
        MessageFormat format = formats.of(receiver);
        MessageFormat.Rendered rendered = format.render(payload);
        byte[] body = rendered.body();
        headers.put(CHANNEL, channel);
        headers.put(TARGET, target);
        headers.put(Exchange.FILE_NAME, withExtension(fileName, rendered.fileExtension()));
        headers.put(MEDIA_TYPE, rendered.mediaType());
        headers.put(PushSignature.IDEMPOTENCY_KEY, id.toString());
        if (receiver.delivery().type() == Delivery.Type.HTTP) {
            partners.pushSecret(receiver.code())
                    .ifPresent(secret -> headers.put(PushSignature.HEADER, PushSignature.of(secret, body)));
        }
        return new Envelope(id, channel, target, body, headers, delivered);
    }

    /**
     * One outbound message ready to go: the headers are those the delivery route sends with;
     * {@code delivered}: the log already says it was delivered.
     */
    record Envelope(
            UUID id, String channel, String target, byte[] body, Map<String, Object> headers, boolean delivered) {}

    private static String withExtension(String fileName, String extension) {
        int dot = fileName.lastIndexOf('.');
        return (dot < 0 ? fileName : fileName.substring(0, dot)) + "." + extension;
    }

    public void delivered(Exchange exchange) {
        Message message = exchange.getMessage();
        String channel = message.getHeader(CHANNEL, String.class);
        if (PAUSED.equals(channel)) {
            LogContext.clear();
            return;
        }
        UUID id = UUID.fromString(message.getHeader("ketenhubBerichtId", String.class));
        if ("PULL".equals(channel)) {
            log.awaitingPull(id);
        } else {
            log.delivered(id, Channel.valueOf(channel), message.getHeader(TARGET, String.class));
        }
        LogContext.clear();
    }

    /** The queue a JMS partner receives its messages on: its configured queue or ketenhub.<code>.out. */
    static String jmsQueue(Partner receiver) {
        return targetOr(receiver, "ketenhub." + receiver.code() + ".out");
    }

    private static String targetOr(Partner partner, String fallback) {
        return partner.delivery().target() == null
                ? fallback
                : partner.delivery().target();
    }
}
