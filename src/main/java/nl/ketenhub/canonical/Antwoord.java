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

/** A 319 (antwoordbericht) to a verzoek. */
@Entity
@Table(name = "antwoord")
public class Antwoord {

    public enum Status {
        ACTIVE,
        /** The aanbieder answered the 319 with RetourCodes (320): this answer was never sent. */
        REJECTED_BY_RECEIVER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The verzoek answered, when the hub knows it. */
    private Long verzoekId;

    @NotNull
    @Pattern(regexp = Codes.GEMEENTECODE)
    private String gemeente;

    @NotNull
    @Pattern(regexp = Codes.AGB_CODE)
    private String aanbieder;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Standaard standaard;

    @NotNull
    @Size(min = 1, max = 36)
    private String referentieAanbieder;

    /** WJ760: 1 afgewezen, 2 in onderzoek. */
    @NotNull
    @Pattern(regexp = "[0-9]")
    private String verzoekAntwoord;

    /** WJ759, only with verzoekAntwoord 1. */
    @Pattern(regexp = "[0-9]{1,2}")
    private String redenAfwijzing;

    @NotNull
    private UUID berichtId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status = Status.ACTIVE;

    /** The state of the verzoek before this answer, to restore it when the answer counts as never sent. */
    @Enumerated(EnumType.STRING)
    private Verzoek.State vorigeState;

    protected Antwoord() {}

    public Antwoord(
            Long verzoekId,
            String gemeente,
            String aanbieder,
            Standaard standaard,
            String referentieAanbieder,
            String verzoekAntwoord,
            String redenAfwijzing,
            UUID berichtId) {
        this.verzoekId = verzoekId;
        this.gemeente = gemeente;
        this.aanbieder = aanbieder;
        this.standaard = standaard;
        this.referentieAanbieder = referentieAanbieder;
        this.verzoekAntwoord = verzoekAntwoord;
        this.redenAfwijzing = redenAfwijzing;
        this.berichtId = berichtId;
    }

    public Long getId() {
        return id;
    }

    public Long getVerzoekId() {
        return verzoekId;
    }

    public String getGemeente() {
        return gemeente;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public Standaard getStandaard() {
        return standaard;
    }

    public String getReferentieAanbieder() {
        return referentieAanbieder;
    }

    public String getVerzoekAntwoord() {
        return verzoekAntwoord;
    }

    public String getRedenAfwijzing() {
        return redenAfwijzing;
    }

    public UUID getBerichtId() {
        return berichtId;
    }

    public Status getStatus() {
        return status;
    }

    /** The state this answer puts its verzoek in: 1 afgewezen, 2 in onderzoek. */
    public Verzoek.State verzoekState() {
        return "1".equals(verzoekAntwoord) ? Verzoek.State.AFGEWEZEN : Verzoek.State.IN_ONDERZOEK;
    }

    public Verzoek.State getVorigeState() {
        return vorigeState;
    }

    public Antwoord setVorigeState(Verzoek.State vorigeState) {
        this.vorigeState = vorigeState;
        return this;
    }

    /** Called when the aanbieder's 320 for the 319 carrying this answer reports errors. */
    public void rejectByReceiver() {
        this.status = Status.REJECTED_BY_RECEIVER;
    }
}
