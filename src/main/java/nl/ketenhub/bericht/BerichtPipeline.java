package nl.ketenhub.bericht;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.monitoring.BerichtMetrics;
import nl.ketenhub.monitoring.LogContext;
import nl.ketenhub.retour.Answers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processing of one accepted message, called by the {@code bericht-pipeline} route: the generic
 * header rules (TR056, TR135), then the handler of its message type (translator, rules, state
 * change, answer), then the message log and the outbound messages in one database transaction.
 * Returns what is to be handed to the receivers; running it again for a message already decided
 * returns only what may not have reached them (see {@link MessageLog#resendable}).
 */
@Component("berichtPipeline")
public class BerichtPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(BerichtPipeline.class);

    private final AcceptedReader reader;
    private final MessageLog log;
    private final Answers answers;
    private final Clock clock;
    private final BerichtMetrics metrics;
    private final Map<BerichtType, BerichtHandler> handlers = new EnumMap<>(BerichtType.class);
    private final BerichtHandler forwarding;

    BerichtPipeline(
            AcceptedReader reader,
            MessageLog log,
            Answers answers,
            Clock clock,
            BerichtMetrics metrics,
            List<BerichtHandler> handlers) {
        this.reader = reader;
        this.log = log;
        this.answers = answers;
        this.clock = clock;
        this.metrics = metrics;
        for (BerichtHandler handler : handlers) {
            handler.types().forEach(type -> this.handlers.put(type, handler));
        }
        this.forwarding = new ForwardingHandler();
    }

    /**
     * What a processing run leaves to hand to the receivers. {@code outbound}: the messages its
     * decision logged, in order; {@code resend}: when the message had been decided before (a
     * redelivery after a crash), the ones that may not have reached their receivers.
     */
    public record Handover(List<MessageLog.Logged> outbound, List<UUID> resend) {}

    /**
     * @param sendsNow whether the caller sends to this receiver (partner code, and the inbound
     *     message's client hash) itself, in this transaction: such messages are logged as delivered
     */
    @Transactional
    public Handover process(String berichtId, byte[] payload, BiPredicate<String, String> sendsNow) {
        return process(berichtId, payload, sendsNow, null);
    }

    /**
     * @param unlogged what intake handed over instead of logging the message (null: it has an entry),
     *     for the decision to log it with ({@link MessageLog.Unlogged})
     */
    @Transactional
    public Handover process(
            String berichtId, byte[] payload, BiPredicate<String, String> sendsNow, MessageLog.Unlogged unlogged) {
        try {
            LogContext.set(UUID.fromString(berichtId), null);
            return processLogged(berichtId, payload, sendsNow, unlogged);
        } finally {
            LogContext.clear();
        }
    }

    private Handover processLogged(
            String berichtId, byte[] payload, BiPredicate<String, String> sendsNow, MessageLog.Unlogged unlogged) {
        UUID id = UUID.fromString(berichtId);
        BerichtHeader header = reader.reread(payload);
        MessageLog.Lookup lookup = log.lookUp(id, header, unlogged);
        MessageLog.Entry entry = lookup.entry();
        if (entry.decided()) {
            LOG.info("bericht {} was already decided ({}); re-sending what may not have gone out", id, entry.status());
            return new Handover(List.of(), log.resendable(id));
        }
        LogContext.set(id, header.identificatie());
        InboundBericht bericht = InboundBericht.parsedOnDemand(id, entry.partner(), header, payload, reader);
        Outcome outcome = decide(bericht, lookup.duplicate());
        List<MessageLog.Logged> outbound = log.decide(lookup, outcome, sendsNow);
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
        return new Handover(outbound, List.of());
    }

    /** @param duplicate TR056 ({@link MessageLog#lookUp}) */
    private Outcome decide(InboundBericht bericht, boolean duplicate) {
        List<Finding> header = new ArrayList<>();
        TR135.check(bericht.header(), clock).ifPresent(header::add);
        if (duplicate) {
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
