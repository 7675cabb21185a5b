package nl.ketenhub.bericht;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.monitoring.BerichtMetrics;
import nl.ketenhub.monitoring.LogContext;
import nl.ketenhub.retour.Answers;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processing of one accepted message, called by the {@code bericht-pipeline} route: the generic
 * header rules (TR056, TR135), then the handler of its message type (translator, rules, state
 * change, answer), then the message log and the outbound messages in one database transaction.
 * Running it again for a message already decided re-sends only what was not handed to delivery.
 */
@Component("berichtPipeline")
public class BerichtPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(BerichtPipeline.class);

    private final IntakeInspector inspector;
    private final MessageLog log;
    private final Answers answers;
    private final DeliveryQueue deliveries;
    private final Clock clock;
    private final BerichtMetrics metrics;
    private final Map<BerichtType, BerichtHandler> handlers = new EnumMap<>(BerichtType.class);
    private final BerichtHandler forwarding;

    BerichtPipeline(
            IntakeInspector inspector,
            MessageLog log,
            Answers answers,
            DeliveryQueue deliveries,
            Clock clock,
            BerichtMetrics metrics,
            List<BerichtHandler> handlers) {
        this.inspector = inspector;
        this.log = log;
        this.answers = answers;
        this.deliveries = deliveries;
        this.clock = clock;
        this.metrics = metrics;
        for (BerichtHandler handler : handlers) {
            handler.types().forEach(type -> this.handlers.put(type, handler));
        }
        this.forwarding = new ForwardingHandler();
    }

    @Transactional
    public void process(@Header(PipelineQueue.BERICHT_ID) String berichtId, @Body byte[] payload) {
        try {
            LogContext.set(UUID.fromString(berichtId), null);
            processLogged(berichtId, payload);
        } finally {
            LogContext.clear();
        }
    }

    private void processLogged(String berichtId, byte[] payload) {
        UUID id = UUID.fromString(berichtId);
        MessageLog.Entry entry = log.require(id);
        if (entry.decided()) {
            LOG.info("bericht {} was already decided ({}); re-sending undelivered output only", id, entry.status());
            log.pendingOutbound(id).forEach(deliveries::enqueue);
            return;
        }
        Inspection inspection = inspector.reread(payload);
        LogContext.set(id, inspection.header().identificatie());
        InboundBericht bericht = new InboundBericht(
                id, entry.partner(), inspection.type(), inspection.header(), inspection.document(), payload);
        Outcome outcome = decide(bericht);
        List<UUID> outbound = log.decide(id, outcome);
        outbound.forEach(deliveries::enqueue);
        if (outcome.accepted()) {
            metrics.accepted(Direction.IN, bericht.type().berichtCode());
        } else {
            metrics.rejected(Direction.IN, bericht.type().berichtCode(), outcome.findings());
        }
        LOG.info(
                "bericht {} {} {}{}",
                id,
                bericht.type(),
                outcome.accepted() ? "accepted" : "rejected",
                outcome.accepted()
                        ? ""
                        : " "
                                + outcome.findings().stream()
                                        .map(Finding::rule)
                                        .distinct()
                                        .toList());
    }

    private Outcome decide(InboundBericht bericht) {
        List<Finding> header = new ArrayList<>();
        TR135.check(bericht.header(), clock).ifPresent(header::add);
        if (log.isDuplicate(bericht.id(), bericht.header())) {
            header.add(Finding.crossMessage(
                    "TR056",
                    "9056",
                    "Identificatie " + bericht.header().identificatie() + " was already used by "
                            + bericht.header().afzender() + " for a " + bericht.type(),
                    "Header"));
        }
        BerichtHandler handler = handlers.getOrDefault(bericht.type(), forwarding);
        if (!header.isEmpty()) {
            return Outcome.rejected(
                    header,
                    handler.headerRejection(bericht, header).orElseGet(() -> answers.rejection(bericht, header)));
        }
        return handler.handle(bericht);
    }

    /**
     * Message types whose own rules are not built yet pass with levels 1 and the header rules, and
     * are forwarded unchanged to the receiver.
     */
    private static final class ForwardingHandler implements BerichtHandler {

        @Override
        public java.util.Set<BerichtType> types() {
            return java.util.Set.of();
        }

        @Override
        public Outcome handle(InboundBericht bericht) {
            return Outcome.accepted(List.of(
                    new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD)));
        }
    }
}
