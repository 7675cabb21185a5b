package nl.ketenhub.bericht;

import java.util.ArrayList;
import java.util.List;
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
    private final MessageLog log;
    private final PipelineQueue queue;

    IntakeService(IntakeInspector inspector, SenderCheck senderCheck, MessageLog log, PipelineQueue queue) {
        this.inspector = inspector;
        this.senderCheck = senderCheck;
        this.log = log;
        this.queue = queue;
    }

    public IntakeResult receive(Partner partner, Channel channel, byte[] payload) {
        Inspection inspection = inspector.inspect(payload);
        List<Finding> findings = new ArrayList<>(inspection.findings());
        if (findings.isEmpty()) {
            findings.addAll(senderCheck.check(partner, inspection.type(), inspection.header()));
        }
        boolean accepted = findings.isEmpty();
        String groupKey = accepted ? queue.groupKey(inspection) : null;
        IntakeResult result = log.logInbound(partner.code(), channel, inspection, payload, findings, groupKey);
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
