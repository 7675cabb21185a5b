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
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import nl.ketenhub.bericht.Standaard;

/**
 * A row of the contract table: one product (or, with a null productcode, a whole category) that an
 * aanbieder may deliver for a gemeente. Synced from config/contracts.yaml.
 */
@Entity
@Table(name = "contract")
public class ContractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = Codes.GEMEENTECODE)
    private String gemeente;

    @NotNull
    @Pattern(regexp = Codes.AGB_CODE)
    private String aanbieder;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Standaard wet;

    @NotNull
    @Pattern(regexp = "[0-9]{2}")
    private String productcategorie;

    @Pattern(regexp = "[0-9A-Za-z]{1,5}")
    private String productcode;

    @NotNull
    private LocalDate ingangsdatum;

    private LocalDate einddatum;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Uitvoeringsvariant uitvoeringsvariant;

    /** Eurocents per eenheid, or null. */
    @PositiveOrZero
    private Long tarief;

    /** WJ756 code, or null. */
    @Pattern(regexp = "[0-9]{2}")
    private String eenheid;

    protected ContractEntity() {}

    public ContractEntity(
            String gemeente,
            String aanbieder,
            Standaard wet,
            String productcategorie,
            String productcode,
            LocalDate ingangsdatum,
            LocalDate einddatum,
            Uitvoeringsvariant uitvoeringsvariant,
            Long tarief,
            String eenheid) {
        this.gemeente = gemeente;
        this.aanbieder = aanbieder;
        this.wet = wet;
        this.productcategorie = productcategorie;
        this.productcode = productcode;
        this.ingangsdatum = ingangsdatum;
        this.einddatum = einddatum;
        this.uitvoeringsvariant = uitvoeringsvariant;
        this.tarief = tarief;
        this.eenheid = eenheid;
    }

    public Long getId() {
        return id;
    }

    public String getGemeente() {
        return gemeente;
    }

    public String getAanbieder() {
        return aanbieder;
    }

    public Standaard getWet() {
        return wet;
    }

    public String getProductcategorie() {
        return productcategorie;
    }

    public String getProductcode() {
        return productcode;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public Uitvoeringsvariant getUitvoeringsvariant() {
        return uitvoeringsvariant;
    }

    public Long getTarief() {
        return tarief;
    }

    public String getEenheid() {
        return eenheid;
    }
}
