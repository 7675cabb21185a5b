package nl.ketenhub.canonical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;

/** A 323 declaratie; its lines are {@link Prestatie}s. */
@Entity
@Table(name = "declaratie")
public class Declaratie {

    @Id
    // pooled ids (V14__Pooled_ids): inserted with the flush, in a batch, not one by one at save
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declaratie_seq")
    @SequenceGenerator(name = "declaratie_seq", sequenceName = "declaratie_seq", allocationSize = 50)
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
    @Size(min = 1, max = 12)
    private String declaratienummer;

    @NotNull
    private LocalDate periodeBegin;

    @NotNull
    private LocalDate periodeEind;

    @NotNull
    private UUID berichtId;

    /** BerichtIdentificatie/Identificatie of the 323 (TR337). */
    @Size(max = 12)
    private String berichtIdentificatie;

    /** BerichtIdentificatie/Dagtekening of the 323 (TR337). */
    private LocalDate berichtDagtekening;

    /** XsdVersie/BasisschemaXsdVersie of the 323 (TR371). */
    @Size(max = 20)
    private String xsdBasisschema;

    /** XsdVersie/BerichtXsdVersie of the 323 (TR371). */
    @Size(max = 20)
    private String xsdBericht;

    /** HUB when the hub answered with the 325, BACKEND when the gemeente's back office answers. */
    @Size(max = 8)
    private String modus;

    protected Declaratie() {}

    public Declaratie(
            String aanbieder,
            String gemeente,
            Standaard standaard,
            String declaratienummer,
            LocalDate periodeBegin,
            LocalDate periodeEind,
            UUID berichtId) {
        this.aanbieder = aanbieder;
        this.gemeente = gemeente;
        this.standaard = standaard;
        this.declaratienummer = declaratienummer;
        this.periodeBegin = periodeBegin;
        this.periodeEind = periodeEind;
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

    public String getDeclaratienummer() {
        return declaratienummer;
    }

    public LocalDate getPeriodeBegin() {
        return periodeBegin;
    }

    public LocalDate getPeriodeEind() {
        return periodeEind;
    }

    public UUID getBerichtId() {
        return berichtId;
    }

    /** The 323's header, for matching the 325 that answers it. */
    public Declaratie setBericht(String identificatie, LocalDate dagtekening, String basisschema, String bericht) {
        this.berichtIdentificatie = identificatie;
        this.berichtDagtekening = dagtekening;
        this.xsdBasisschema = basisschema;
        this.xsdBericht = bericht;
        return this;
    }

    public String getBerichtIdentificatie() {
        return berichtIdentificatie;
    }

    public LocalDate getBerichtDagtekening() {
        return berichtDagtekening;
    }

    public String getXsdBasisschema() {
        return xsdBasisschema;
    }

    public String getXsdBericht() {
        return xsdBericht;
    }

    public String getModus() {
        return modus;
    }

    public Declaratie setModus(String modus) {
        this.modus = modus;
        return this;
    }
}
