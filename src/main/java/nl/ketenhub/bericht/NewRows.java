package nl.ketenhub.bericht;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;
import org.springframework.stereotype.Component;

/**
 * The message log's new rows as {@link MessageLog} writes them: an inbound message as intake saw it,
 * one the pipeline logs for intake ({@link MessageLog.Unlogged}), and an outbound message of a
 * decision.
 */
@Component
class NewRows {

    private final Clock clock;

    NewRows(Clock clock) {
        this.clock = clock;
    }

    /** RECEIVED when intake accepted it (no findings), else REJECTED; received now. */
    MessageRows.NewRow inbound(
            UUID id,
            String partner,
            Channel channel,
            Inspection inspection,
            byte[] payload,
            List<Finding> findings,
            String groupKey,
            IntakeService.Replay replay) {
        BerichtHeader header = inspection.header();
        BerichtType type = header != null ? header.type() : inspection.type();
        Instant at = clock.instant();
        return new MessageRows.NewRow(
                id,
                Direction.IN,
                channel,
                partner,
                type,
                header == null ? null : header.afzender(),
                header == null ? null : header.ontvanger(),
                header == null ? null : header.identificatie(),
                header == null ? null : header.dagtekening(),
                findings.isEmpty() ? Status.RECEIVED : Status.REJECTED,
                at,
                storable(payload),
                null,
                clientHash(groupKey),
                replay == null ? null : replay.original(),
                replay != null && replay.forced(),
                findings,
                at);
    }

    /**
     * A message intake handed over unlogged, with the given status; received when intake took it,
     * last changed at {@code changedAt}.
     */
    static MessageRows.NewRow unlogged(
            UUID id,
            MessageLog.Unlogged unlogged,
            BerichtHeader header,
            Status status,
            UUID relatedId,
            List<Finding> findings,
            Instant changedAt) {
        return new MessageRows.NewRow(
                id,
                Direction.IN,
                unlogged.channel(),
                unlogged.partner(),
                header.type(),
                header.afzender(),
                header.ontvanger(),
                header.identificatie(),
                header.dagtekening(),
                status,
                unlogged.receivedAt(),
                storable(unlogged.payload()),
                relatedId,
                clientHash(unlogged.groupKey()),
                null,
                false,
                findings,
                changedAt);
    }

    /**
     * A forward, answer or retour of {@code related}: a forward keeps the related message's channel
     * and, like an answer, its header fields; a rejection's retour (AFWIJZING) has neither.
     */
    MessageRows.NewRow outbound(MessageLog.Entry related, Outbound outbound, Status status) {
        boolean header = outbound.kind() != Outbound.Kind.AFWIJZING && related.type() != null;
        Instant at = clock.instant();
        return new MessageRows.NewRow(
                UUID.randomUUID(),
                Direction.OUT,
                outbound.kind() == Outbound.Kind.FORWARD ? related.channel() : Channel.HUB,
                outbound.receiver(),
                outbound.type(),
                header ? related.afzender() : null,
                header ? related.ontvanger() : null,
                header ? related.identificatie() : null,
                header ? related.dagtekening() : null,
                status,
                at,
                new String(outbound.payload(), StandardCharsets.UTF_8),
                related.id(),
                null,
                null,
                false,
                List.of(),
                at);
    }

    /**
     * The payload as text the database can hold. Only a refused message can contain NUL (XML
     * forbids it, PostgreSQL text cannot store it): it is kept as U+FFFD, like bytes that are not
     * UTF-8.
     */
    static String storable(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8).replace('\0', '\uFFFD');
    }

    /** The keyed BSN hash of a group key {@code <gemeente>:<hash>}; null for groups without one client. */
    static String clientHash(String groupKey) {
        if (groupKey == null) {
            return null;
        }
        String hash = groupKey.substring(groupKey.indexOf(':') + 1);
        return hash.length() == 64 ? hash : null;
    }
}
