package nl.ketenhub.canonical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;

/** A 315 (verzoek om toewijzing) or 317 (verzoek om wijziging), keyed by the aanbieder's reference. */
@Entity
@Table(name = "verzoek")
public class Verzoek {

    public enum Soort {
        /** Verzoek om toewijzing (315). */
        VOT,
        /** Verzoek om wijziging (317). */
        VOW
    }

    public enum State {
        PENDING,
        IN_ONDERZOEK,
        AFGEWEZEN,
        TOEGEWEZEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = Codes.AGB_CODE)
    private String aanbieder;

    @NotNull
    @Pattern(regexp = Codes.GEMEENTECODE)
    private String gemeente;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Standaard standaard;

    @NotNull
    @Size(min = 1, max = 36)
    private String referentieAanbieder;

    @NotNull
    private Long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Soort soort;

    @NotNull
    @Enumerated(EnumType.STRING)
    private State state;

    @NotNull
    private UUID berichtId;

    protected Verzoek() {}

    public Verzoek(
            String aanbieder,
            String gemeente,
            Standaard standaard,
            String referentieAanbieder,
            Long clientId,
            Soort soort,
            UUID berichtId) {
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.standaard = standaard;
        this.referentieAanbieder = referentieAanbieder;
        this.clientId = clientId;
        this.soort = soort;
        this.state = State.PENDING;
        this.berichtId = berichtId;
    }

    public Long getId() {
        return id;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public String getGemeente() {
        return gemeente;
    }

    public Standaard getStandaard() {
        return standaard;
    }

    public String getReferentieAanbieder() {
        return referentieAanbieder;
    }

    public Long getClientId() {
        return clientId;
    }

    public Soort getSoort() {
        return soort;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public UUID getBerichtId() {
        return berichtId;
    }
}
