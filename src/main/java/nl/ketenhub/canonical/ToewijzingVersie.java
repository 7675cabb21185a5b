package nl.ketenhub.canonical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * One version of a toewijzing as sent in a 301. Versions are ordered by (toewijzingsdatum,
 * toewijzingstijd), never by arrival; a version whose 301 the aanbieder rejected with a 302 counts as
 * never sent (OP286).
 */
@Entity
@Table(name = "toewijzing_versie")
public class ToewijzingVersie {

    public enum Status {
        ACTIVE,
        /** The receiver answered the 301 with errors: this version was never sent. */
        REJECTED_BY_RECEIVER
    }

    @Id
    // pooled ids (V14__Pooled_ids): inserted with the flush, in a batch, not one by one at save
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "toewijzing_versie_seq")
    @SequenceGenerator(name = "toewijzing_versie_seq", sequenceName = "toewijzing_versie_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "toewijzing_id")
    private Toewijzing toewijzing;

    /** The message-log row ({@link Bericht}) of the 301. */
    @NotNull
    private UUID berichtId;

    @NotNull
    private LocalDate toewijzingsdatum;

    @NotNull
    private LocalTime toewijzingstijd;

    @Pattern(regexp = "[0-9]{2}")
    private String productcategorie;

    @Size(max = 5)
    private String productcode;

    @NotNull
    private LocalDate ingangsdatum;

    private LocalDate einddatum;

    @Pattern(regexp = "[0-9]{2}")
    private String redenWijziging;

    @PositiveOrZero
    private Long volume;

    @Pattern(regexp = "[0-9]{2}")
    private String eenheid;

    @Pattern(regexp = "[0-9]")
    private String frequentie;

    /** Eurocents. */
    @PositiveOrZero
    private Long budget;

    @Size(max = 36)
    private String referentieAanbieder;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status;

    protected ToewijzingVersie() {}

    public ToewijzingVersie(
            Toewijzing toewijzing,
            UUID berichtId,
            LocalDate toewijzingsdatum,
            LocalTime toewijzingstijd,
            LocalDate ingangsdatum) {
        this.toewijzing = toewijzing;
        this.berichtId = berichtId;
        this.toewijzingsdatum = toewijzingsdatum;
        this.toewijzingstijd = toewijzingstijd;
        this.ingangsdatum = ingangsdatum;
        this.status = Status.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Toewijzing getToewijzing() {
        return toewijzing;
    }

    public UUID getBerichtId() {
        return berichtId;
    }

    public LocalDate getToewijzingsdatum() {
        return toewijzingsdatum;
    }

    public LocalTime getToewijzingstijd() {
        return toewijzingstijd;
    }

    public Product getProduct() {
        return productcategorie == null ? null : new Product(productcategorie, productcode);
    }

    public ToewijzingVersie setProduct(Product product) {
        this.productcategorie = product == null ? null : product.categorie();
        this.productcode = product == null ? null : product.code();
        return this;
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

    public ToewijzingVersie setEinddatum(LocalDate einddatum) {
        this.einddatum = einddatum;
        return this;
    }

    public String getRedenWijziging() {
        return redenWijziging;
    }

    public ToewijzingVersie setRedenWijziging(String redenWijziging) {
        this.redenWijziging = redenWijziging;
        return this;
    }

    /** Null when the version has no Omvang. */
    public Omvang getOmvang() {
        return volume == null ? null : new Omvang(volume, eenheid, frequentie);
    }

    public ToewijzingVersie setOmvang(Omvang omvang) {
        this.volume = omvang == null ? null : omvang.volume();
        this.eenheid = omvang == null ? null : omvang.eenheid();
        this.frequentie = omvang == null ? null : omvang.frequentie();
        return this;
    }

    public Long getBudget() {
        return budget;
    }

    public ToewijzingVersie setBudget(Long budget) {
        this.budget = budget;
        return this;
    }

    public String getReferentieAanbieder() {
        return referentieAanbieder;
    }

    public ToewijzingVersie setReferentieAanbieder(String referentieAanbieder) {
        this.referentieAanbieder = referentieAanbieder;
        return this;
    }

    public Status getStatus() {
        return status;
    }

    /** Called when the aanbieder's 302 for the 301 carrying this version reports errors. */
    public void rejectByReceiver() {
        this.status = Status.REJECTED_BY_RECEIVER;
    }
}
