package nl.ketenhub.bericht;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.monitoring.BerichtMetrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message log: every message in and out, with its status, findings and links (a retour to its
 * heenbericht, a forward or answer to the inbound message). With {@link DeliveryLog} (the delivery
 * side: attempts, delivered, parked) the only writer of the bericht table; the statements on every
 * message's path are plain SQL ({@link MessageRows}), their rows built by {@link NewRows}. What the
 * API shows of it: {@link BerichtViews}.
 */
@Component
@Transactional
public class MessageLog {

    /**
     * {@code aflevering.detail} of a delivery sent inside the pipeline's own transaction: when that
     * transaction's JMS part rolled back after its database part committed (a crash between the
     * two), the message says DELIVERED but never went out, and the redelivered pipeline message
     * sends it again.
     */
    public static final String SENT_BY_PIPELINE = "sent in the pipeline transaction";

    private final BerichtRepository berichten;
    private final MessageRows rows;
    private final NewRows newRows;
    private final DeferredRows deferred;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BerichtMetrics metrics;

    MessageLog(
            BerichtRepository berichten,
            MessageRows rows,
            NewRows newRows,
            DeferredRows deferred,
            JdbcTemplate jdbc,
            Clock clock,
            BerichtMetrics metrics) {
        this.berichten = berichten;
        this.rows = rows;
        this.newRows = newRows;
        this.deferred = deferred;
        this.jdbc = jdbc;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** An inbound message as intake saw it: RECEIVED when accepted for processing, else REJECTED. */
    public IntakeResult logInbound(
            String partner,
            Channel channel,
            Inspection inspection,
            byte[] payload,
            List<Finding> findings,
            String groupKey) {
        return logInbound(partner, channel, inspection, payload, findings, groupKey, null);
    }

    /** As {@link #logInbound}, for an operator's replay of a stored message (null: not a replay). */
    public IntakeResult logInbound(
            String partner,
            Channel channel,
            Inspection inspection,
            byte[] payload,
            List<Finding> findings,
            String groupKey,
            IntakeService.Replay replay) {
        return logInbound(UUID.randomUUID(), partner, channel, inspection, payload, findings, groupKey, replay);
    }

    /** As {@link #logInbound}, under a given id (one that follows from the transport's message id). */
    public IntakeResult logInbound(
            UUID id,
            String partner,
            Channel channel,
            Inspection inspection,
            byte[] payload,
            List<Finding> findings,
            String groupKey,
            IntakeService.Replay replay) {
        rows.insert(newRows.inbound(id, partner, channel, inspection, payload, findings, groupKey, replay));
        return new IntakeResult(id, findings.isEmpty(), inspection.header(), findings);
    }

    /**
     * As {@link #logInbound} under a given id, unless a message with that id is logged already (a
     * transport's redelivery after a crash): then nothing is written and the result is empty.
     */
    public Optional<IntakeResult> logInboundIfAbsent(
            UUID id,
            String partner,
            Channel channel,
            Inspection inspection,
            byte[] payload,
            List<Finding> findings,
            String groupKey) {
        if (!rows.insertIfAbsent(
                newRows.inbound(id, partner, channel, inspection, payload, findings, groupKey, null))) {
            return Optional.empty();
        }
        return Optional.of(new IntakeResult(id, findings.isEmpty(), inspection.header(), findings));
    }

    /**
     * An accepted inbound message that intake handed to the pipeline without logging it (a JMS
     * intake's first delivery): what the pipeline needs to log it together with its decision, in
     * one insert instead of intake's insert and the decision's update of the same row. The message
     * carries it in the headers named here.
     *
     * @param groupKey the message's JMS group ({@code <gemeente>:<hash>}), for the client hash
     */
    public record Unlogged(String partner, Channel channel, Instant receivedAt, String groupKey, byte[] payload) {

        public static final String PARTNER = "ketenhubIntakePartner";
        public static final String CHANNEL = "ketenhubIntakeChannel";
        public static final String RECEIVED_AT = "ketenhubIntakeAt";
        public static final String GROUP = "JMSXGroupID";

        /** From the pipeline message's headers; null when it has none (its entry was logged at intake). */
        public static Unlogged of(String partner, String channel, Long receivedAt, String groupKey, byte[] payload) {
            if (partner == null || channel == null || receivedAt == null) {
                return null;
            }
            return new Unlogged(partner, Channel.valueOf(channel), Instant.ofEpochMilli(receivedAt), groupKey, payload);
        }

        @Override
        public String toString() {
            return "Unlogged[" + partner + ", " + channel + ", " + receivedAt + "]";
        }
    }

    /**
     * Logs, as RECEIVED, a message the pipeline took without an entry ({@link Unlogged}) and could not
     * decide, so that its failed attempts and its parking show in the log like any other message's.
     * Nothing is written when it has an entry already.
     */
    public void logUnloggedIfAbsent(UUID id, Unlogged unlogged, BerichtHeader header) {
        rows.insertIfAbsent(
                NewRows.unlogged(id, unlogged, header, Status.RECEIVED, null, List.of(), unlogged.receivedAt()));
    }

    @Transactional(readOnly = true)
    public Entry require(UUID id) {
        return rows.head(id).orElseThrow(() -> new IllegalArgumentException("No bericht " + id));
    }

    /**
     * A message's entry and TR056 for it, in one read. TR056: this sender used this Identificatie for
     * this message type in another accepted message. A replay is the same message by construction:
     * its original and the other replays of that original do not count.
     */
    public record Lookup(Entry entry, boolean duplicate, Unlogged unlogged, BerichtHeader header) {

        /** Whether the entry is in the log; if not, the decision writes it ({@link Unlogged}). */
        public boolean logged() {
            return unlogged == null;
        }
    }

    /** {@link #require} and TR056 ({@link Lookup}) in one read; the header is the message's own. */
    @Transactional(readOnly = true)
    public Lookup lookUp(UUID id, BerichtHeader header) {
        return lookUp(id, header, null);
    }

    /**
     * As {@link #lookUp(UUID, BerichtHeader)}; a message without an entry that intake handed over
     * unlogged ({@code unlogged} not null) gets its entry from that, still RECEIVED and in memory only.
     */
    @Transactional(readOnly = true)
    public Lookup lookUp(UUID id, BerichtHeader header, Unlogged unlogged) {
        List<Entry> found = new ArrayList<>(
                rows.headAndNamesakes(id, header.afzender(), header.type().berichtCode(), header.identificatie()));
        // the inbound rows this transaction's earlier messages hold for its commit (decide, below)
        deferred.heldHeadAndNamesakes(id, header.afzender(), header.type().berichtCode(), header.identificatie())
                .forEach(row -> found.add(row.entry()));
        Optional<Entry> logged =
                found.stream().filter(entry -> entry.id().equals(id)).findFirst();
        if (logged.isEmpty() && unlogged == null) {
            throw new IllegalArgumentException("No bericht " + id);
        }
        Entry self = logged.orElseGet(() -> new Entry(
                id,
                unlogged.partner(),
                Status.RECEIVED,
                null,
                unlogged.channel(),
                header.type(),
                header.afzender(),
                header.ontvanger(),
                header.identificatie(),
                header.dagtekening(),
                NewRows.clientHash(unlogged.groupKey())));
        UUID family = self.replayOf();
        boolean duplicate = found.stream()
                .filter(other -> !other.id().equals(id))
                .anyMatch(other -> family == null || !(family.equals(other.id()) || family.equals(other.replayOf())));
        return new Lookup(self, duplicate, logged.isPresent() ? null : unlogged, header);
    }

    /**
     * An outbound message as the decision logged it; {@code sentByPipeline}: logged as DELIVERED, to
     * be sent in the caller's transaction (see {@link #sentByPipeline}).
     */
    public record Logged(UUID id, Outbound outbound, String identificatie, boolean sentByPipeline) {}

    /**
     * Records the decision on an inbound message and logs what it sends, in order. An outbound
     * message for a receiver the caller sends to itself in this transaction ({@code sendsNow}:
     * receiver and the inbound message's client hash) is written DELIVERED at once, and a forward so
     * sent completes the inbound message: one row version each instead of two (every status change
     * of a bericht row rewrites all its index entries). The decision on an entry intake logged is
     * written at once, as an update. An entry not yet logged ({@link Lookup#logged}) is written with
     * its decision in one insert, which waits for the transaction's commit like the outbound rows
     * ({@link DeferredRows}): the batch's later messages see it in {@link #lookUp} (TR056).
     */
    public List<Logged> decide(Lookup lookup, Outcome outcome, BiPredicate<String, String> sendsNow) {
        Entry inbound = lookup.entry();
        // the handler's entity changes first: the statements below bypass the persistence context,
        // and a flush after them would write a stale status
        berichten.flush();
        List<Logged> logged = new ArrayList<>();
        List<MessageRows.NewRow> outboundRows = new ArrayList<>();
        boolean forwarded = false;
        for (Outbound outbound : outcome.outbound()) {
            boolean now = sendsNow.test(outbound.receiver(), inbound.clientHash());
            MessageRows.NewRow row = newRows.outbound(inbound, outbound, now ? Status.DELIVERED : Status.RECEIVED);
            outboundRows.add(row);
            // the row carries the inbound message's Identificatie where the answer refers to it
            logged.add(new Logged(row.id(), outbound, row.identificatie(), now));
            forwarded |= now && inbound.type() != null && inbound.type() == outbound.type();
        }
        // written with the transaction's commit, with those of the other messages of its batch
        deferred.bericht(outboundRows);
        outboundRows.forEach(this::countOutbound);
        Status status = !outcome.accepted() ? Status.REJECTED : forwarded ? Status.DELIVERED : Status.ACCEPTED;
        Instant now = clock.instant();
        if (lookup.logged()) {
            rows.decide(inbound.id(), status, now, outcome.relatedId(), outcome.findings());
        } else {
            // with the outbound rows, at the commit: a later message of the batch finds it in lookUp
            deferred.bericht(List.of(NewRows.unlogged(
                    inbound.id(),
                    lookup.unlogged(),
                    lookup.header(),
                    status,
                    outcome.relatedId(),
                    outcome.findings(),
                    now)));
        }
        return logged;
    }

    public UUID logOutbound(UUID relatedId, Outbound outbound) {
        berichten.flush();
        return logOutbound(require(relatedId), outbound, Status.RECEIVED);
    }

    private UUID logOutbound(Entry related, Outbound outbound, Status status) {
        MessageRows.NewRow row = newRows.outbound(related, outbound, status);
        rows.insert(row);
        countOutbound(row);
        return row.id();
    }

    private void countOutbound(MessageRows.NewRow row) {
        metrics.received(Direction.OUT, row.type() == null ? null : row.type().berichtCode());
    }

    /**
     * Outbound messages of an inbound one that may not have reached their receivers, in the order
     * they were logged: those not yet delivered, and those the pipeline itself delivered (its send
     * is undone with its transaction; see {@link #SENT_BY_PIPELINE}).
     */
    @Transactional(readOnly = true)
    public List<UUID> resendable(UUID inboundId) {
        return jdbc.queryForList(
                """
                select b.id from bericht b
                where b.related_id = ? and b.direction = 'OUT'
                  and (b.status = 'RECEIVED'
                       or b.status = 'DELIVERED'
                          and exists (select 1 from aflevering a where a.bericht_id = b.id and a.detail = ?))
                order by b.received_at, b.id""",
                UUID.class,
                inboundId,
                SENT_BY_PIPELINE);
    }

    /** The 301 (or other heenbericht) a retour answers: accepted, from its Afzender, sent to the retour's sender. */
    @Transactional(readOnly = true)
    public Optional<UUID> findDeliveredHeenbericht(BerichtType heenType, BerichtHeader retourHeader, String receiver) {
        if (retourHeader.dagtekening() == null) {
            return Optional.empty();
        }
        return rows.heenbericht(
                retourHeader.afzender(),
                heenType.berichtCode(),
                retourHeader.identificatie(),
                receiver,
                retourHeader.dagtekening());
    }

    /** The raw payload; empty when it was removed at the end of its retention period. */
    @Transactional(readOnly = true)
    public Optional<byte[]> payload(UUID id) {
        return Optional.ofNullable(find(id).getPayload()).map(p -> p.getBytes(StandardCharsets.UTF_8));
    }

    /** Ids of messages in one direction still RECEIVED since before the given moment, oldest first. */
    @Transactional(readOnly = true)
    public List<UUID> stranded(Direction direction, Instant before, int max) {
        return berichten.findStranded(direction, before, org.springframework.data.domain.PageRequest.of(0, max));
    }

    /**
     * As {@link #stranded} for inbound messages, without those a pipeline attempt failed for since
     * {@code attemptedSince}: the broker may still be redelivering those ({@link RedeliverySpan}).
     */
    @Transactional(readOnly = true)
    public List<UUID> strandedInbound(Instant before, Instant attemptedSince, int max) {
        return berichten.findStrandedInbound(
                before, PipelineQueue.ROUTE, attemptedSince, org.springframework.data.domain.PageRequest.of(0, max));
    }

    /** The receiver of an outbound message. */
    @Transactional(readOnly = true)
    public String receiverOf(UUID id) {
        return find(id).getPartner();
    }

    private Bericht find(UUID id) {
        return berichten.findById(id).orElseThrow(() -> new IllegalArgumentException("No bericht " + id));
    }

    /** The columns of a logged message the pipeline works with (its payload and findings aside). */
    public record Entry(
            UUID id,
            String partner,
            Status status,
            UUID replayOf,
            Channel channel,
            BerichtType type,
            String afzender,
            String ontvanger,
            String identificatie,
            LocalDate dagtekening,
            String clientHash) {

        public boolean decided() {
            return status != Status.RECEIVED;
        }
    }
}
