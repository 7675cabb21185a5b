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
import java.time.LocalDate;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;

/**
 * A start (305) or stop (307) class. For taakgericht care there is no toewijzingnummer and the key is
 * product + begindatum (IV096).
 */
@Entity
@Table(name = "regie_event")
public class RegieEvent {

    public enum Soort {
        START,
        STOP
    }

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
    private Standaard standaard;

    @NotNull
    private Long clientId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Soort soort;

    private Long toewijzingnummer;

    private LocalDate toewijzingIngangsdatum;

    @Pattern(regexp = "[0-9]{2}")
    private String productcategorie;

    @Size(max = 5)
    private String productcode;

    private LocalDate begindatum;

    private LocalDate einddatum;

    @Pattern(regexp = "[0-9]{2}")
    private String redenBeeindiging;

    /** COD467: 1 eerste aanlevering, 3 verwijderen aanlevering. */
    @NotNull
    @Pattern(regexp = "[0-9]")
    private String statusAanlevering;

    @NotNull
    private UUID berichtId;

    protected RegieEvent() {}

    public RegieEvent(
            String gemeente,
            String aanbieder,
            Standaard standaard,
            Long clientId,
            Soort soort,
            String statusAanlevering,
            UUID berichtId) {
        this.gemeente = gemeente;
        this.aanbieder = aanbieder;
        this.standaard = standaard;
        this.clientId = clientId;
        this.soort = soort;
        this.statusAanlevering = statusAanlevering;
        this.berichtId = berichtId;
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

    public Standaard getStandaard() {
        return standaard;
    }

    public Long getClientId() {
        return clientId;
    }

    public Soort getSoort() {
        return soort;
    }

    public Long getToewijzingnummer() {
        return toewijzingnummer;
    }

    public RegieEvent setToewijzing(Long toewijzingnummer, LocalDate toewijzingIngangsdatum) {
        this.toewijzingnummer = toewijzingnummer;
        this.toewijzingIngangsdatum = toewijzingIngangsdatum;
        return this;
    }

    public LocalDate getToewijzingIngangsdatum() {
        return toewijzingIngangsdatum;
    }

    public Product getProduct() {
        return productcategorie == null ? null : new Product(productcategorie, productcode);
    }

    public RegieEvent setProduct(Product product) {
        this.productcategorie = product == null ? null : product.categorie();
        this.productcode = product == null ? null : product.code();
        return this;
    }

    public LocalDate getBegindatum() {
        return begindatum;
    }

    public RegieEvent setBegindatum(LocalDate begindatum) {
        this.begindatum = begindatum;
        return this;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public RegieEvent setEinddatum(LocalDate einddatum) {
        this.einddatum = einddatum;
        return this;
    }

    public String getRedenBeeindiging() {
        return redenBeeindiging;
    }

    public RegieEvent setRedenBeeindiging(String redenBeeindiging) {
        this.redenBeeindiging = redenBeeindiging;
        return this;
    }

    public String getStatusAanlevering() {
        return statusAanlevering;
    }

    public UUID getBerichtId() {
        return berichtId;
    }
}
