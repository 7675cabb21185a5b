package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * What goes on the pipeline queue: a message intake logged carries a duplicate-detection id (the
 * recovery sweep may queue it again); a JMS first delivery intake did not log carries none (nothing
 * queues it twice), only what the pipeline needs to log it.
 */
class PipelineQueueTest {

    private static final byte[] PAYLOAD = "<Bericht/>".getBytes(StandardCharsets.UTF_8);

    private final ProducerTemplate producer = mock(ProducerTemplate.class);
    private final PipelineQueue queue = new PipelineQueue(producer, null);

    @Test
    void aLoggedMessageCarriesItsDuplicateDetectionId() {
        UUID id = UUID.randomUUID();

        queue.enqueue(id, "0384:client", PAYLOAD);

        assertThat(sentHeaders())
                .containsEntry(PipelineQueue.DUPLICATE_ID, "ketenhub-in-" + id)
                .containsEntry(PipelineQueue.BERICHT_ID, id.toString())
                .containsEntry(MessageLog.Unlogged.GROUP, "0384:client");
    }

    @Test
    void anUnloggedFirstDeliveryCarriesNoDuplicateDetectionId() {
        UUID id = UUID.randomUUID();
        Instant received = Instant.parse("2026-04-01T10:15:30Z");

        queue.enqueueUnlogged(id, "0384:client", PAYLOAD, "0384", Channel.JMS, received);

        assertThat(sentHeaders())
                .doesNotContainKey(PipelineQueue.DUPLICATE_ID)
                .containsEntry(PipelineQueue.BERICHT_ID, id.toString())
                .containsEntry(MessageLog.Unlogged.GROUP, "0384:client")
                .containsEntry(MessageLog.Unlogged.PARTNER, "0384")
                .containsEntry(MessageLog.Unlogged.CHANNEL, "JMS")
                .containsEntry(MessageLog.Unlogged.RECEIVED_AT, received.toEpochMilli());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> sentHeaders() {
        ArgumentCaptor<Map<String, Object>> headers = ArgumentCaptor.forClass(Map.class);
        verify(producer).sendBodyAndHeaders(eq(PipelineQueue.QUEUE), any(), headers.capture());
        return headers.getValue();
    }
}
