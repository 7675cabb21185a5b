package nl.ketenhub.bericht;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.format.Formats;
import nl.ketenhub.format.MessageFormat;
import nl.ketenhub.format.UntranslatableException;
import nl.ketenhub.monitoring.BerichtMetrics;
import nl.ketenhub.monitoring.LogContext;
import nl.ketenhub.partner.Partner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The single entry of every channel. A partner that speaks another format than the standard XML
 * (partners.yaml {@code format}) has its message translated to the standard first, so it passes
 * the same checks; what cannot be translated is refused and logged as it came. Checks level 1 (size, encoding, safe parsing, message type,
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
    private final Formats formats;
    private final Clock clock;

    IntakeService(
            IntakeInspector inspector,
            SenderCheck senderCheck,
            ContractRelation contractRelation,
            MessageLog log,
            PipelineQueue queue,
            BerichtMetrics metrics,
            Formats formats,
            Clock clock) {
        this.inspector = inspector;
        this.senderCheck = senderCheck;
        this.contractRelation = contractRelation;
        this.log = log;
        this.queue = queue;
        this.metrics = metrics;
        this.formats = formats;
        this.clock = clock;
    }

    /** An operator's re-run of a stored inbound message; {@code forced} when its original was delivered. */
    public record Replay(UUID original, boolean forced) {}

    /** A message as the partner sent it, in the partner's format. */
    public IntakeResult receive(Partner partner, Channel channel, byte[] payload) {
        return receiveInFormat(UUID.randomUUID(), Logging.NEW, partner, channel, payload);
    }

    /** As {@link #receive(Partner, Channel, byte[])}; a non-null replay links the new entry to its original. */
    public IntakeResult receive(Partner partner, Channel channel, byte[] payload, Replay replay) {
        try {
            return log(
                    UUID.randomUUID(),
                    Logging.NEW,
                    partner,
                    channel,
                    payload,
                    inspector.inspect(payload),
                    replay,
                    false);
        } finally {
            LogContext.clear();
        }
    }

    /**
     * As {@link #receive(Partner, Channel, byte[])} for a transport that redelivers what it handed
     * over when the hub stopped before acknowledging it (a JMS queue): the log id follows from the
     * transport's message id, so a redelivery after a crash finds the entry already written instead
     * of logging the message a second time; the recovery sweep queues an entry left RECEIVED. The
     * look-up and the log entry are one statement.
     */
    @Transactional
    public IntakeResult receiveOnce(Partner partner, Channel channel, byte[] payload, String transportId) {
        return receiveOnce(partner, channel, payload, transportId, true);
    }

    /**
     * As {@link #receiveOnce(Partner, Channel, byte[], String)}, told whether the transport hands the
     * message over again ({@code redelivered}). An accepted first delivery is not logged here: it
     * goes to the pipeline queue with what its entry needs ({@link MessageLog.Unlogged}), and the
     * pipeline writes the entry together with its decision, one insert instead of an insert here and
     * an update there. The take from the partner's queue and the send to the pipeline queue are one
     * JMS transaction, so a crash leaves either the message on the partner's queue or its copy on the
     * pipeline queue, never both and never neither. A redelivery (or a message the transport does
     * not flag) is logged here as before, unless an earlier attempt logged it: an entry that attempt
     * wrote but could not queue is queued by the recovery sweep, and the pipeline finds it.
     */
    @Transactional
    public IntakeResult receiveOnce(
            Partner partner, Channel channel, byte[] payload, String transportId, boolean redelivered) {
        UUID id = UUID.nameUUIDFromBytes(
                (channel + ":" + partner.code() + ":" + transportId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return receiveInFormat(id, redelivered ? Logging.IF_ABSENT : Logging.BY_PIPELINE, partner, channel, payload);
    }

    /**
     * Translates from the partner's format to the standard message first; what cannot be translated is
     * refused. {@code logging}: how the entry is written (see {@link #receiveOnce}).
     */
    private IntakeResult receiveInFormat(UUID id, Logging logging, Partner partner, Channel channel, byte[] payload) {
        MessageFormat format = formats.of(partner);
        byte[] body = payload == null ? new byte[0] : payload;
        try {
            byte[] standard;
            try {
                standard = format.toStandard(body);
            } catch (UntranslatableException e) {
                Finding untranslatable = Finding.format(format.name(), IntakeInspector.mask(e.getMessage()));
                return log(
                        id,
                        logging,
                        partner,
                        channel,
                        body,
                        new Inspection(null, null, null, List.of(untranslatable)),
                        null,
                        false);
            }
            return log(id, logging, partner, channel, standard, inspector.inspect(standard), null, false);
        } finally {
            LogContext.clear();
        }
    }

    /**
     * A standard message its channel has already inspected (a spreadsheet upload checks every
     * message before the first one goes), taken inside the caller's database transaction: its log
     * entry commits or rolls back with that transaction, and it goes to the pipeline queue only
     * after the commit, so a rolled-back caller leaves nothing logged and nothing queued. An entry
     * whose queueing a crash right after the commit lost stays RECEIVED and the recovery sweep
     * queues it.
     *
     * @param inspection the level-1 inspection of exactly this payload
     * @throws IllegalStateException without an active transaction
     */
    public IntakeResult receiveInspected(Partner partner, Channel channel, byte[] payload, Inspection inspection) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("receiveInspected needs the caller's transaction");
        }
        try {
            return log(UUID.randomUUID(), Logging.NEW, partner, channel, payload, inspection, null, true);
        } finally {
            LogContext.clear();
        }
    }

    /**
     * A message the channel refused before it could be inspected (larger than the maximum, not a
     * regular file, a file name the drop does not take): logged as REJECTED with its finding but
     * without its payload, which the channel did not read.
     */
    public IntakeResult refuse(Partner partner, Channel channel, Finding finding) {
        try {
            return log(
                    UUID.randomUUID(),
                    Logging.NEW,
                    partner,
                    channel,
                    new byte[0],
                    new Inspection(null, null, null, List.of(finding)),
                    null,
                    false);
        } finally {
            LogContext.clear();
        }
    }

    /**
     * @param logging how the log entry is written: NEW (a fresh id), IF_ABSENT (the id may be logged
     *     already, a transport's redelivery: then nothing is written), BY_PIPELINE (an accepted
     *     message is logged by the pipeline with its decision; a refused one as IF_ABSENT)
     * @param afterCommit queue an accepted message once the caller's transaction commits
     */
    private IntakeResult log(
            UUID id,
            Logging logging,
            Partner partner,
            Channel channel,
            byte[] payload,
            Inspection inspection,
            Replay replay,
            boolean afterCommit) {
        List<Finding> findings = new ArrayList<>(inspection.findings());
        if (findings.isEmpty()) {
            findings.addAll(senderCheck.check(partner, inspection.type(), inspection.header()));
        }
        if (findings.isEmpty()) {
            findings.addAll(contractRelation.check(partner, inspection.type(), inspection.header()));
        }
        boolean accepted = findings.isEmpty();
        String groupKey = accepted ? queue.groupKey(inspection) : null;
        IntakeResult result;
        boolean logged;
        boolean unlogged = logging == Logging.BY_PIPELINE && accepted;
        if (unlogged) {
            // a refusal is written at once: its answer refers to it
            logged = false;
            result = new IntakeResult(id, true, inspection.header(), List.of());
        } else if (logging != Logging.NEW) {
            Optional<IntakeResult> fresh =
                    log.logInboundIfAbsent(id, partner.code(), channel, inspection, payload, findings, groupKey);
            logged = fresh.isEmpty();
            result = fresh.orElseGet(() -> new IntakeResult(id, accepted, inspection.header(), findings));
        } else {
            logged = false;
            result = log.logInbound(id, partner.code(), channel, inspection, payload, findings, groupKey, replay);
        }
        LogContext.set(
                result.id(),
                inspection.header() == null ? null : inspection.header().identificatie());
        String berichtCode =
                inspection.type() == null ? null : inspection.type().berichtCode();
        if (!logged) {
            metrics.received(Direction.IN, berichtCode);
        }
        if (!accepted && !logged) {
            metrics.rejected(Direction.IN, berichtCode, findings);
        }
        if (accepted && logged) {
            // queued by the recovery sweep (non-transacted: a copy already queued is dropped by
            // duplicate id); a transacted send of a duplicate id would fail the whole transaction
            LOG.info("bericht {} was logged before the hub or broker stopped; recovery queues it", result.id());
        } else if (accepted && afterCommit) {
            TransactionSynchronizationManager.registerSynchronization(
                    new QueueAfterCommit(result.id(), groupKey, payload));
            LOG.info(
                    "bericht {} {} from {} via {} accepted for processing once its transaction commits",
                    result.id(),
                    inspection.type(),
                    partner.code(),
                    channel);
        } else if (accepted) {
            if (unlogged) {
                queue.enqueueUnlogged(result.id(), groupKey, payload, partner.code(), channel, clock.instant());
            } else {
                queue.enqueue(result.id(), groupKey, payload);
            }
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

    /** How {@link #log} writes a message's log entry. */
    private enum Logging {
        NEW,
        IF_ABSENT,
        BY_PIPELINE
    }

    /** Queues a message logged in a transaction once that commits; a failed send is left to recovery. */
    private final class QueueAfterCommit implements TransactionSynchronization {

        private final UUID id;
        private final String groupKey;
        private final byte[] payload;

        QueueAfterCommit(UUID id, String groupKey, byte[] payload) {
            this.id = id;
            this.groupKey = groupKey;
            this.payload = payload;
        }

        @Override
        public void afterCommit() {
            try {
                queue.enqueue(id, groupKey, payload);
            } catch (RuntimeException e) {
                LOG.warn(
                        "bericht {} is logged but could not be queued ({}); the recovery sweep queues it",
                        id,
                        e.getClass().getSimpleName());
            }
        }
    }

    private static String rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).distinct().toList().toString();
    }
}
