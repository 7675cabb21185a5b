package nl.ketenhub.bericht;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Bericht.Direction;
import nl.ketenhub.canonical.Bericht.Status;

/**
 * What the API shows of a message: never its payload, never a BSN. {@code payloadPurgedAt}: when
 * the raw payload was removed at the end of its retention period (null while it is kept).
 */
public record BerichtView(
        UUID id,
        Direction direction,
        Status status,
        BerichtType berichtType,
        String berichtCode,
        String partner,
        String afzender,
        String ontvanger,
        String identificatie,
        LocalDate dagtekening,
        Instant receivedAt,
        Instant updatedAt,
        UUID relatedId,
        List<Finding> findings,
        List<Linked> linked,
        Instant payloadPurgedAt) {

    static BerichtView of(Bericht b, List<Linked> linked) {
        return new BerichtView(
                b.getId(),
                b.getDirection(),
                b.getStatus(),
                b.getBerichtType(),
                b.getBerichtCode(),
                b.getPartner(),
                b.getAfzender(),
                b.getOntvanger(),
                b.getIdentificatie(),
                b.getDagtekening(),
                b.getReceivedAt(),
                b.getUpdatedAt(),
                b.getRelatedId(),
                b.getFindings(),
                linked,
                b.getPayloadPurgedAt());
    }

    /** A partner sees what it sent or what is addressed to it. */
    public boolean visibleTo(String partnerCode) {
        return partnerCode.equals(partner) || partnerCode.equals(afzender) || partnerCode.equals(ontvanger);
    }

    /** A message linked to this one: its answer, its forward, or a retour. */
    public record Linked(UUID id, Direction direction, BerichtType berichtType, Status status) {}
}
