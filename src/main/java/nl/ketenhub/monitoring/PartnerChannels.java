package nl.ketenhub.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.bericht.DeliveryQueue;
import nl.ketenhub.partner.Delivery;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The delivery channel of each partner: running or paused by an operator, and what waits on it.
 * While a partner is paused, the {@code delivery} route holds its messages: they stay undelivered
 * (status RECEIVED) in the message log instead of being sent. Resuming queues every undelivered
 * message of the partner for delivery again, oldest first. The state lives in the database (table
 * partner_kanaal), so every node and a restart see it.
 */
@Component
public class PartnerChannels {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerChannels.class);

    private final JdbcTemplate jdbc;
    private final PartnerDirectory partners;
    private final DeliveryQueue deliveries;
    private final DeliveryActivity activity;
    private final Clock clock;
    private final AuditTrail audit;
    /** The key of this transaction's pause reads ({@link #isPausedInThisTransaction}). */
    private final Object readInTransaction = new Object();

    PartnerChannels(
            JdbcTemplate jdbc,
            PartnerDirectory partners,
            DeliveryQueue deliveries,
            DeliveryActivity activity,
            Clock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.deliveries = deliveries;
        this.activity = activity;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether the partner's delivery channel is paused; called by the delivery route per message. */
    public boolean isPaused(String partner) {
        List<Boolean> paused =
                jdbc.queryForList("select paused from partner_kanaal where partner = ?", Boolean.class, partner);
        return !paused.isEmpty() && Boolean.TRUE.equals(paused.get(0));
    }

    /**
     * As {@link #isPaused}, read once per database transaction: a pipeline batch asks it for every
     * message it sends and needs one statement per partner instead of one per message. A pause
     * that commits while the transaction runs is not seen by it, as a pause committed just after
     * its one read would not be either. Outside a transaction: as {@link #isPaused}.
     */
    public boolean isPausedInThisTransaction(String partner) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return isPaused(partner);
        }
        @SuppressWarnings("unchecked")
        Map<String, Boolean> read =
                (Map<String, Boolean>) TransactionSynchronizationManager.getResource(readInTransaction);
        if (read == null) {
            Map<String, Boolean> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(readInTransaction, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(readInTransaction);
                }
            });
            read = fresh;
        }
        return read.computeIfAbsent(partner, this::isPaused);
    }

    /** Pauses delivery to the partner on behalf of {@code actor} (recorded in the audit trail). */
    public void pause(String partner, String actor) {
        partners.require(partner);
        setPaused(partner, true);
        audit.record(new AuditTrail.Event(actor, partner, "PAUSE_CHANNEL", partner, null, "OK"));
        LOG.info("delivery channel of partner {} paused by {}", partner, actor);
    }

    /**
     * Resumes delivery and queues the partner's undelivered messages again; returns how many. The
     * state change commits first (no surrounding transaction): the delivery route must see the
     * channel running when the re-queued messages arrive.
     */
    public int resume(String partner, String actor) {
        Partner p = partners.require(partner);
        setPaused(partner, false);
        List<UUID> waiting = p.delivery().type() == Delivery.Type.PULL ? List.of() : undelivered(partner);
        waiting.forEach(deliveries::requeue);
        audit.record(new AuditTrail.Event(
                actor, partner, "RESUME_CHANNEL", partner, null, "OK, " + waiting.size() + " queued"));
        LOG.info(
                "delivery channel of partner {} resumed by {}; {} waiting messages queued",
                partner,
                actor,
                waiting.size());
        return waiting.size();
    }

    /** What an operator sees of a partner's channel. */
    public Status status(String partner) {
        Partner p = partners.require(partner);
        Backlog backlog = jdbc.queryForObject(
                """
                select count(*), min(received_at) from bericht
                where partner = ? and direction = 'OUT' and status = 'RECEIVED'
                """,
                (rs, i) -> new Backlog(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)),
                partner);
        Long parked = jdbc.queryForObject(
                "select count(*) from bericht where partner = ? and direction = 'OUT' and status = 'FAILED'",
                Long.class,
                partner);
        DeliveryActivity.State state = activity.state(partner);
        Instant now = clock.instant();
        long oldestAge = backlog.oldest() == null
                ? 0
                : Math.max(
                        0, Duration.between(backlog.oldest().toInstant(), now).toSeconds());
        return new Status(
                p.code(),
                p.delivery().type().name(),
                isPaused(partner),
                state.lastDelivery(),
                state.consecutiveFailures(),
                backlog.count(),
                oldestAge,
                parked == null ? 0 : parked);
    }

    List<Partner> partners() {
        return partners.all();
    }

    private List<UUID> undelivered(String partner) {
        return jdbc
                .queryForList(
                        """
                        select id from bericht where partner = ? and direction = 'OUT' and status = 'RECEIVED'
                        order by received_at
                        """,
                        String.class,
                        partner)
                .stream()
                .map(UUID::fromString)
                .toList();
    }

    private void setPaused(String partner, boolean paused) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update partner_kanaal set paused = ?, changed_at = ? where partner = ?", paused, now, partner);
        if (updated == 0) {
            jdbc.update(
                    "insert into partner_kanaal (partner, paused, changed_at) values (?, ?, ?)", partner, paused, now);
        }
    }

    private record Backlog(long count, OffsetDateTime oldest) {}

    /**
     * A partner's delivery channel.
     *
     * @param backlog undelivered outbound messages (waiting, or held while paused; for PULL: not yet fetched)
     * @param oldestUndeliveredAgeSeconds age of the oldest of those, 0 when there is none
     * @param parked outbound messages that failed every delivery attempt (status FAILED)
     */
    public record Status(
            String partner,
            String deliveryType,
            boolean paused,
            Instant lastDelivery,
            int consecutiveFailures,
            long backlog,
            long oldestUndeliveredAgeSeconds,
            long parked) {}
}
