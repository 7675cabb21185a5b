package nl.ketenhub.bericht;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.canonical.BsnProtector;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hands accepted messages to the processing queue. Messages about one client of one gemeente share
 * a JMS message group, so they are processed one at a time and in arrival order on every node;
 * other clients run in parallel (decisions §3). The group key holds the keyed hash, never the BSN.
 */
@Component
class PipelineQueue {

    static final String QUEUE = "jms:queue:ketenhub.pipeline";
    /** The id of the route that takes this queue (routes/pipeline.yaml). */
    static final String ROUTE = "bericht-pipeline";

    static final String BERICHT_ID = "ketenhubBerichtId";
    /**
     * Artemis duplicate detection: queueing the same message twice (intake, then recovery after a
     * crash) leaves one copy on the queue. Only on messages intake logged ({@link #enqueue}).
     */
    static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    private final ProducerTemplate producer;
    private final BsnProtector bsnProtector;

    PipelineQueue(ProducerTemplate producer, BsnProtector bsnProtector) {
        this.producer = producer;
        this.bsnProtector = bsnProtector;
    }

    void enqueue(UUID id, String groupKey, byte[] payload) {
        Map<String, Object> headers = headers(id, groupKey);
        headers.put(DUPLICATE_ID, "ketenhub-in-" + id);
        producer.sendBodyAndHeaders(QUEUE, payload, headers);
    }

    /**
     * As {@link #enqueue} for a message intake did not log: with what the pipeline needs to log it
     * together with its decision ({@link MessageLog.Unlogged}), and without a duplicate-detection id.
     * Intake cannot queue it twice: the take from the partner's queue and this send are one JMS
     * transaction. The recovery sweep does not see it (no entry) until a failed attempt logs it,
     * together with that attempt, and then leaves it to the broker's redelivery for as long as that
     * can last ({@link MessageLog#strandedInbound}, {@link RedeliverySpan}). An id would cost the
     * broker a journal record that lives until {@code id-cache-size} later sends have replaced it,
     * and that keeps every journal file it lands in from being freed.
     */
    void enqueueUnlogged(UUID id, String groupKey, byte[] payload, String partner, Channel channel, Instant at) {
        Map<String, Object> headers = headers(id, groupKey);
        headers.put(MessageLog.Unlogged.PARTNER, partner);
        headers.put(MessageLog.Unlogged.CHANNEL, channel.name());
        headers.put(MessageLog.Unlogged.RECEIVED_AT, at.toEpochMilli());
        producer.sendBodyAndHeaders(QUEUE, payload, headers);
    }

    private static Map<String, Object> headers(UUID id, String groupKey) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(BERICHT_ID, id.toString());
        headers.put(MessageLog.Unlogged.GROUP, groupKey);
        return headers;
    }

    /** gemeente + keyed hash of the client's BSN; messages without one client group per sender. */
    String groupKey(Inspection inspection) {
        BerichtHeader header = inspection.header();
        String gemeente = header.afzender().length() == 4 ? header.afzender() : header.ontvanger();
        String aanbieder = header.afzender().length() == 4 ? header.ontvanger() : header.afzender();
        NodeList clients =
                inspection.document().getElementsByTagNameNS(inspection.type().namespace(), "Client");
        if (clients.getLength() == 1) {
            NodeList bsn = ((Element) clients.item(0))
                    .getElementsByTagNameNS(inspection.type().namespace(), "Bsn");
            if (bsn.getLength() > 0) {
                return gemeente + ":"
                        + bsnProtector.hash(bsn.item(0).getTextContent().trim());
            }
        }
        return gemeente + ":" + aanbieder;
    }
}
