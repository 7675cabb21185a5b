package nl.ketenhub.bericht;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.monitoring.BerichtMetrics;
import nl.ketenhub.monitoring.LogContext;
import nl.ketenhub.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The single entry of every channel. Checks level 1 (size, encoding, safe parsing, message type,
 * XSD) and the sender's identity, writes the message log, and hands accepted messages to the
 * pipeline queue. Refused messages are logged with their findings, never dropped.
 */
@Service
public class IntakeService {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeService.class);

    private final IntakeInspector inspector;
    private final SenderCheck senderCheck;
    private final ContractRelation contractRelation;
    private final MessageLog log;
    private final PipelineQueue queue;
    private final BerichtMetrics metrics;

    IntakeService(
            IntakeInspector inspector,
            SenderCheck senderCheck,
            ContractRelation contractRelation,
            MessageLog log,
            PipelineQueue queue,
            BerichtMetrics metrics) {
        this.inspector = inspector;
        this.senderCheck = senderCheck;
        this.contractRelation = contractRelation;
        this.log = log;
        this.queue = queue;
        this.metrics = metrics;
    }

    /** An operator's re-run of a stored inbound message; {@code forced} when its original was delivered. */
    public record Replay(UUID original, boolean forced) {}

    public IntakeResult receive(Partner partner, Channel channel, byte[] payload) {
        return receive(partner, channel, payload, null);
    }

    /** As {@link #receive(Partner, Channel, byte[])}; a non-null replay links the new entry to its original. */
    public IntakeResult receive(Partner partner, Channel channel, byte[] payload, Replay replay) {
        try {
            return inspectAndLog(partner, channel, payload, replay);
        } finally {
            LogContext.clear();
        }
    }

    private IntakeResult inspectAndLog(Partner partner, Channel channel, byte[] payload, Replay replay) {
        Inspection inspection = inspector.inspect(payload);
        List<Finding> findings = new ArrayList<>(inspection.findings());
        if (findings.isEmpty()) {
            findings.addAll(senderCheck.check(partner, inspection.type(), inspection.header()));
        }
        if (findings.isEmpty()) {
            findings.addAll(contractRelation.check(partner, inspection.type(), inspection.header()));
        }
        boolean accepted = findings.isEmpty();
        String groupKey = accepted ? queue.groupKey(inspection) : null;
        IntakeResult result = log.logInbound(partner.code(), channel, inspection, payload, findings, groupKey, replay);
        LogContext.set(
                result.id(),
                inspection.header() == null ? null : inspection.header().identificatie());
        String berichtCode =
                inspection.type() == null ? null : inspection.type().berichtCode();
        metrics.received(Direction.IN, berichtCode);
        if (!accepted) {
            metrics.rejected(Direction.IN, berichtCode, findings);
        }
        if (accepted) {
            queue.enqueue(result.id(), groupKey, payload);
            LOG.info(
                    "bericht {} {} from {} via {} accepted for processing",
                    result.id(),
                    inspection.type(),
                    partner.code(),
                    channel);
        } else {
            LOG.info(
                    "bericht {} from {} via {} refused at intake: {}",
                    result.id(),
                    partner.code(),
                    channel,
                    rules(findings));
        }
        return result;
    }

    private static String rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).distinct().toList().toString();
    }
}
