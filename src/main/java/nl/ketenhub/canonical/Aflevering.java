package nl.ketenhub.canonical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import nl.ketenhub.bericht.Channel;

/** One attempt to deliver an outbound {@link Bericht}. */
@Entity
@Table(name = "aflevering")
public class Aflevering {

    public enum Outcome {
        OK,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    private UUID berichtId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Size(max = 500)
    private String target;

    @NotNull
    private Instant attemptAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    /** Never a payload or a BSN: a status line or exception class and message. */
    @Size(max = 2000)
    private String detail;

    protected Aflevering() {}

    public Aflevering(
            UUID berichtId, Channel channel, String target, Instant attemptAt, Outcome outcome, String detail) {
        this.berichtId = berichtId;
        this.channel = channel;
        this.target = target;
        this.attemptAt = attemptAt;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public UUID getBerichtId() {
        return berichtId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getTarget() {
        return target;
    }

    public Instant getAttemptAt() {
        return attemptAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
