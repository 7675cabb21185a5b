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
}
