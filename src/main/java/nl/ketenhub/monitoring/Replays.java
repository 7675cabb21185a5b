package nl.ketenhub.monitoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.DeliveryLog;
import nl.ketenhub.bericht.DeliveryQueue;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.bericht.ParkingProperties;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replay: an operator re-runs a stored inbound message through the whole pipeline (intake checks,
 * TR056/TR135, the handler, delivery) as a NEW message-log entry whose replay marker points to the
 * original. Idempotent: when the original (or an earlier replay of it) was already delivered, or a
 * replay of it is still waiting to be processed, nothing happens unless forced. TR056 never counts
 * the original or its replays against a replay, so a forced replay is not rejected as a duplicate of
 * itself. Every replay is written to the log and the audit trail (who, what: original and new id, outcome).
 * An outbound message whose delivery was parked is not re-run but delivered again (same id).
 */
@Component
class Replays {

    private static final Logger LOG = LoggerFactory.getLogger(Replays.class);

    private final BerichtRepository berichten;
    private final PartnerDirectory partners;
    private final IntakeService intake;
    private final DeliveryLog log;
    private final DeliveryQueue deliveries;
    private final ParkingProperties parking;
    private final AuditTrail audit;

    Replays(
            BerichtRepository berichten,
            PartnerDirectory partners,
            IntakeService intake,
            DeliveryLog log,
            DeliveryQueue deliveries,
            ParkingProperties parking,
            AuditTrail audit) {
        this.parking = parking;
        this.berichten = berichten;
        this.partners = partners;
        this.intake = intake;
        this.log = log;
        this.deliveries = deliveries;
        this.audit = audit;
    }

    enum Outcome {
        /** a new message-log entry was made and handed to the pipeline (or refused by intake: see accepted) */
        REPLAYED,
        /** nothing done: already delivered, or a replay is pending; use force */
        SKIPPED,
        /** nothing done: not a stored inbound message */
        REFUSED
    }

    /** The result for one message; {@code replay} is the new entry's id when REPLAYED. */
    record Result(UUID original, Outcome outcome, UUID replay, boolean accepted, String reason) {}

    /** Replays one message on behalf of {@code by} (the actor), and records it in the audit trail. */
    Result replay(UUID id, boolean force, String by) {
        Result result = replayOnce(id, force, by);
        audit.recordAboutBericht(
                by,
                force ? "REPLAY_FORCED" : "REPLAY",
                id,
                result.outcome()
                        + (result.replay() == null ? "" : " as " + result.replay())
                        + (result.reason() == null ? "" : ": " + result.reason()));
        return result;
    }

    private Result replayOnce(UUID id, boolean force, String by) {
        Optional<Bericht> found = berichten.findById(id);
        if (found.isEmpty()) {
            return new Result(id, Outcome.REFUSED, null, false, "no such message");
        }
        Bericht original = found.get();
        if (original.getDirection() == Bericht.Direction.OUT) {
            return redeliver(original, force, by);
        }
        if (original.getReplayOf() != null) {
            original = berichten.findById(original.getReplayOf()).orElse(original);
        }
        if (original.getPayloadPurgedAt() != null) {
            return new Result(id, Outcome.REFUSED, null, false, "the payload was removed (retention)");
        }
        if (original.getDirection() != Bericht.Direction.IN
                || original.getPayload() == null
                || original.getPartner() == null) {
            return new Result(id, Outcome.REFUSED, null, false, "only a stored inbound message can be replayed");
        }
        Optional<Partner> partner = partners.find(original.getPartner());
        if (partner.isEmpty()) {
            return new Result(id, Outcome.REFUSED, null, false, "sender is no longer a partner");
        }
        List<Bericht> family = new ArrayList<>(berichten.findByReplayOfOrderByReceivedAtAsc(original.getId()));
        family.add(original);
        boolean delivered = family.stream().anyMatch(b -> b.getStatus() == Bericht.Status.DELIVERED);
        boolean pending =
                family.stream().anyMatch(b -> b.getReplayOf() != null && b.getStatus() == Bericht.Status.RECEIVED);
        if (pending) {
            return new Result(original.getId(), Outcome.SKIPPED, null, false, "a replay is still being processed");
        }
        if (delivered && !force) {
            return new Result(
                    original.getId(), Outcome.SKIPPED, null, false, "already delivered; replay with force=true");
        }
        IntakeResult result = intake.receive(
                partner.get(),
                original.getChannel() == Channel.HUB ? Channel.HTTP : original.getChannel(),
                original.getPayload().getBytes(StandardCharsets.UTF_8),
                new IntakeService.Replay(original.getId(), force));
        LOG.info(
                "replay of bericht {} as bericht {} by {}{}{}",
                original.getId(),
                result.id(),
                by,
                force ? " (forced)" : "",
                result.accepted() ? "" : "; refused at intake");
        return new Result(original.getId(), Outcome.REPLAYED, result.id(), result.accepted(), null);
    }

    /**
     * An outbound message whose delivery was parked (FAILED after its last attempt): queued for
     * delivery again once the cause is fixed. The receiver gets it once: the push carries the same
     * Idempotency-Key, a JMS send the same duplicate id, a file the same name.
     */
    private Result redeliver(Bericht outbound, boolean force, String by) {
        if (outbound.getStatus() == Bericht.Status.DELIVERED && !force) {
            return new Result(
                    outbound.getId(), Outcome.SKIPPED, null, false, "already delivered; replay with force=true");
        }
        if (outbound.getStatus() == Bericht.Status.RECEIVED) {
            return new Result(outbound.getId(), Outcome.SKIPPED, null, false, "delivery is still pending");
        }
        log.retryDelivery(outbound.getId());
        deliveries.requeue(outbound.getId());
        // policy park-client: the client's messages held behind this one follow it
        List<UUID> held = parking.holdsClient() ? log.pendingForSameClient(outbound.getId()) : List.of();
        held.forEach(deliveries::requeue);
        LOG.info(
                "redelivery of bericht {} to {} by {}; {} held messages of the client released",
                outbound.getId(),
                outbound.getPartner(),
                by,
                held.size());
        return new Result(outbound.getId(), Outcome.REPLAYED, outbound.getId(), true, null);
    }

    List<Result> replayAll(List<UUID> ids, boolean force, String by) {
        return ids.stream().distinct().map(id -> replay(id, force, by)).toList();
    }
}
