package nl.ketenhub.bericht;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.canonical.Aflevering;
import nl.ketenhub.canonical.AfleveringRepository;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.monitoring.BerichtMetrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery side of the message log: what an outbound message is and where it goes, each
 * delivery attempt ({@code aflevering}) and its outcome, parking after the last failed attempt and
 * the parked-client checks. The pipeline's own decisions and the log's entries are {@link
 * MessageLog}'s; both write the same bericht table.
 */
@Component
@Transactional
public class DeliveryLog {

    /** The row of a successful delivery attempt. */
    static final String SUCCESSFUL_ATTEMPT =
            "insert into aflevering (bericht_id, channel, target, attempt_at, outcome, detail) values (?, ?, ?, ?, 'OK', ?)";

    private final BerichtRepository berichten;
    private final AfleveringRepository afleveringen;
    private final JdbcTemplate jdbc;
    private final DeferredRows deferred;
    private final Clock clock;
    private final BerichtMetrics metrics;

    DeliveryLog(
            BerichtRepository berichten,
            AfleveringRepository afleveringen,
            JdbcTemplate jdbc,
            DeferredRows deferred,
            Clock clock,
            BerichtMetrics metrics) {
        this.berichten = berichten;
        this.afleveringen = afleveringen;
        this.jdbc = jdbc;
        this.deferred = deferred;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The file name an outbound message is delivered under: its type (or AFWIJZING) and its id. */
    public static String fileName(String berichtType, UUID id) {
        return (berichtType == null ? "AFWIJZING" : berichtType) + "-" + id + ".xml";
    }

    /** Read with one plain query: the delivery route runs this for every outbound message. */
    @Transactional(readOnly = true)
    public Outgoing outgoing(UUID id) {
        List<Outgoing> found = jdbc.query(
                "select partner, payload, status, bericht_type, identificatie from bericht where id = ?",
                (rs, i) -> new Outgoing(
                        rs.getString("partner"),
                        rs.getString("payload").getBytes(StandardCharsets.UTF_8),
                        Status.DELIVERED.name().equals(rs.getString("status")),
                        fileName(rs.getString("bericht_type"), id),
                        rs.getString("identificatie")),
                id);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No bericht " + id);
        }
        return found.get(0);
    }

    /**
     * An outbound message reached its receiver; a forward also completes the inbound message. Plain
     * statements (one read, two or three writes) instead of loading both messages as entities.
     */
    public void delivered(UUID id, Channel channel, String target) {
        delivered(id, channel, target, null);
    }

    /** As {@link #delivered(UUID, Channel, String)}, with a detail for the delivery attempt. */
    public void delivered(UUID id, Channel channel, String target, String detail) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Delivered> found = jdbc.query(
                "select partner, bericht_code, bericht_type, related_id from bericht where id = ?",
                (rs, i) -> new Delivered(
                        rs.getString("partner"),
                        rs.getString("bericht_code"),
                        rs.getString("bericht_type"),
                        rs.getObject("related_id", UUID.class)),
                id);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No bericht " + id);
        }
        Delivered bericht = found.get(0);
        jdbc.update("update bericht set status = 'DELIVERED', updated_at = ? where id = ?", now, id);
        deliveredTo(id, channel, target, now, detail);
        metrics.delivered(bericht.partner(), bericht.berichtCode());
        if (bericht.relatedId() != null && bericht.berichtType() != null) {
            jdbc.update(
                    """
                    update bericht set status = 'DELIVERED', updated_at = ?
                    where id = ? and direction = 'IN' and status = 'ACCEPTED' and bericht_type = ?""",
                    now,
                    bericht.relatedId(),
                    bericht.berichtType());
        }
    }

    /** The successful delivery attempt of an outbound message. */
    private void deliveredTo(UUID id, Channel channel, String target, OffsetDateTime at, String detail) {
        jdbc.update(SUCCESSFUL_ATTEMPT, id, channel.name(), target, at, detail);
    }

    /** An operator queues a parked outbound message for delivery again: it is pending (RECEIVED) until then. */
    public void retryDelivery(UUID id) {
        find(id).setStatus(Status.RECEIVED, clock.instant());
    }

    /** Whether a delivery to this receiver about the client with this hash is parked (null: no one client). */
    @Transactional(readOnly = true)
    public boolean clientParked(String receiver, String clientHash) {
        return clientHash != null && berichten.existsParkedForClient(receiver, clientHash);
    }

    /** Whether another delivery to this outbound message's receiver about the same client is parked. */
    @Transactional(readOnly = true)
    public boolean clientParked(UUID outboundId) {
        Bericht outbound = find(outboundId);
        return clientOf(outbound)
                .filter(hash -> berichten.existsParkedForClient(outbound.getPartner(), hash))
                .isPresent();
    }

    /** The undelivered outbound messages to the same receiver about the same client, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> pendingForSameClient(UUID outboundId) {
        Bericht outbound = find(outboundId);
        return clientOf(outbound)
                .map(hash -> berichten.findPendingForClient(outbound.getPartner(), hash).stream()
                        .filter(id -> !id.equals(outboundId))
                        .toList())
                .orElse(List.of());
    }

    private Optional<String> clientOf(Bericht outbound) {
        return Optional.ofNullable(outbound.getRelatedId())
                .flatMap(berichten::findById)
                .map(Bericht::getClientHash);
    }

    private record Delivered(String partner, String berichtCode, String berichtType, UUID relatedId) {}

    /** A message for a partner that pulls: it stays in the outbox until the partner acknowledges it. */
    public void awaitingPull(UUID id) {
        afleveringen.save(
                new Aflevering(id, Channel.PULL, "outbox", clock.instant(), Aflevering.Outcome.OK, "awaiting pull"));
    }

    public boolean acknowledgePull(UUID id, String partner) {
        Optional<Bericht> bericht = berichten
                .findById(id)
                .filter(b -> b.getDirection() == Direction.OUT && b.getPartner().equals(partner));
        if (bericht.isEmpty()) {
            return false;
        }
        if (bericht.get().getStatus() != Status.DELIVERED) {
            delivered(id, Channel.PULL, "outbox");
        }
        return true;
    }

    /** A failed processing or delivery attempt; after the last one the message is FAILED (parked). */
    public void attemptFailed(UUID id, String route, String reason, boolean last) {
        Instant now = clock.instant();
        berichten.findById(id).ifPresent(bericht -> {
            afleveringen.save(new Aflevering(id, bericht.getChannel(), route, now, Aflevering.Outcome.FAILED, reason));
            metrics.attemptFailed(bericht.getDirection(), bericht.getPartner());
            if (last) {
                bericht.setStatus(Status.FAILED, now);
                metrics.failed(bericht.getDirection(), bericht.getBerichtCode());
            }
        });
    }

    /**
     * The caller sent an outbound message that {@link MessageLog#decide} logged as DELIVERED: the delivery
     * attempt, marked {@link MessageLog#SENT_BY_PIPELINE}.
     */
    public void sentByPipeline(MessageLog.Logged logged, String target) {
        sentByPipeline(List.of(new SentByPipeline(logged, target)));
    }

    /**
     * As {@link #sentByPipeline(MessageLog.Logged, String)} for each. The attempts are written with
     * the transaction's commit, with those of the other messages of its batch ({@link DeferredRows}).
     */
    public void sentByPipeline(List<SentByPipeline> sent) {
        if (sent.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        deferred.aflevering(sent.stream()
                .map(s -> new DeferredRows.Attempt(
                        s.logged().id(), Channel.JMS, s.target(), now, MessageLog.SENT_BY_PIPELINE))
                .toList());
        for (SentByPipeline s : sent) {
            BerichtType type = s.logged().outbound().type();
            metrics.delivered(s.logged().outbound().receiver(), type == null ? null : type.berichtCode());
        }
    }

    /** An outbound message the pipeline sent itself, to this JMS queue. */
    public record SentByPipeline(MessageLog.Logged logged, String target) {}

    /** An outbound message ready for delivery. */
    public record Outgoing(String receiver, byte[] payload, boolean delivered, String fileName, String identificatie) {}

    private Bericht find(UUID id) {
        return berichten.findById(id).orElseThrow(() -> new IllegalArgumentException("No bericht " + id));
    }
}
