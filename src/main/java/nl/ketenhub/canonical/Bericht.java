package nl.ketenhub.canonical;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.Finding;
import org.springframework.data.domain.Persistable;

/**
 * One row of the message log: every message in or out, recognised or not, with its raw payload and
 * the findings that decided its fate. Header columns are filled when the header could be read.
 */
@Entity
@Table(name = "bericht")
public class Bericht implements Persistable<UUID> {

    public enum Direction {
        IN,
        OUT
    }

    public enum Status {
        RECEIVED,
        ACCEPTED,
        REJECTED,
        DELIVERED,
        FAILED
    }

    @Id
    private UUID id;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Direction direction;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Channel channel;

    /** The authenticated sender for IN, the receiver for OUT. */
    @Pattern(regexp = Codes.PARTNER_CODE)
    private String partner;

    @Enumerated(EnumType.STRING)
    private BerichtType berichtType;

    @Size(max = 3)
    private String berichtCode;

    @Size(max = 20)
    private String afzender;

    @Size(max = 20)
    private String ontvanger;

    @Size(max = 64)
    private String identificatie;

    private LocalDate dagtekening;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status;

    @NotNull
    private Instant receivedAt;

    @NotNull
    private Instant updatedAt;

    private String payload;

    /** When the payload was removed at the end of its retention period; null while it is kept. */
    private Instant payloadPurgedAt;

    /** For a retour or answer: the heenbericht it answers; for an outbound forward: the inbound message. */
    private UUID relatedId;

    /** {@link BsnProtector#hash} of the client's BSN, when the message is about one client. */
    @Pattern(regexp = "[0-9a-f]{64}")
    private String clientHash;

    /** For a replay: the inbound message it re-runs (the replay marker). */
    private UUID replayOf;

    /** A replay an operator forced although its original was delivered; TR056 ignores the original. */
    private boolean replayForced;

    @Valid
    @ElementCollection
    @CollectionTable(name = "bericht_finding", joinColumns = @JoinColumn(name = "bericht_id"))
    @OrderColumn(name = "seq")
    private List<BerichtFinding> findings = new ArrayList<>();

    @Transient
    private boolean isNew = true;

    protected Bericht() {}

    public Bericht(Direction direction, Channel channel, String partner, String payload, Instant receivedAt) {
        this(UUID.randomUUID(), direction, channel, partner, payload, receivedAt);
    }

    /** With a given id: an inbound message whose id follows from its transport (see IntakeService). */
    public Bericht(UUID id, Direction direction, Channel channel, String partner, String payload, Instant receivedAt) {
        this.id = id;
        this.direction = direction;
        this.channel = channel;
        this.partner = partner;
        this.payload = payload;
        this.status = Status.RECEIVED;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    /** Copies type, BerichtCode, Afzender, Ontvanger, Identificatie and Dagtekening from the header. */
    public Bericht setHeader(BerichtHeader header) {
        this.berichtType = header.type();
        this.berichtCode = header.type() == null ? null : header.type().berichtCode();
        this.afzender = header.afzender();
        this.ontvanger = header.ontvanger();
        this.identificatie = header.identificatie();
        this.dagtekening = header.dagtekening();
        return this;
    }

    public Bericht setType(BerichtType type) {
        this.berichtType = type;
        this.berichtCode = type == null ? null : type.berichtCode();
        return this;
    }

    public Bericht setStatus(Status status, Instant at) {
        this.status = status;
        this.updatedAt = at;
        return this;
    }

    public Bericht setRelatedId(UUID relatedId) {
        this.relatedId = relatedId;
        return this;
    }

    public Bericht setClientHash(String clientHash) {
        this.clientHash = clientHash;
        return this;
    }

    public Bericht addFindings(List<Finding> newFindings) {
        newFindings.forEach(f -> findings.add(new BerichtFinding(f)));
        return this;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        this.isNew = false;
    }

    public Direction getDirection() {
        return direction;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getPartner() {
        return partner;
    }

    public BerichtType getBerichtType() {
        return berichtType;
    }

    public String getBerichtCode() {
        return berichtCode;
    }

    public String getAfzender() {
        return afzender;
    }

    public String getOntvanger() {
        return ontvanger;
    }

    public String getIdentificatie() {
        return identificatie;
    }

    public LocalDate getDagtekening() {
        return dagtekening;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getPayloadPurgedAt() {
        return payloadPurgedAt;
    }

    public UUID getRelatedId() {
        return relatedId;
    }

    public String getClientHash() {
        return clientHash;
    }

    public UUID getReplayOf() {
        return replayOf;
    }

    public boolean isReplayForced() {
        return replayForced;
    }

    public List<Finding> getFindings() {
        return findings.stream().map(BerichtFinding::toFinding).toList();
    }

    @Override
    public String toString() {
        return "Bericht[id=" + id + ", " + direction + " " + berichtType + " " + afzender + "->" + ontvanger + " "
                + identificatie + " " + status + "]";
    }
}
