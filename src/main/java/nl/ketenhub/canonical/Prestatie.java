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

/** One prestatie (line) of a 323 declaratie. Amounts are eurocents. */
@Entity
@Table(name = "prestatie")
public class Prestatie {

    public enum Status {
        /** Received, not yet judged. */
        INGEDIEND,
        TOEGEKEND,
        AFGEWEZEN
    }

    @Id
    // pooled ids (V14__Pooled_ids): inserted with the flush, in a batch, not one by one at save
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "prestatie_seq")
    @SequenceGenerator(name = "prestatie_seq", sequenceName = "prestatie_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declaratie_id")
    private Declaratie declaratie;

    @NotNull
    private Long clientId;

    @NotNull
    @Size(min = 1, max = 20)
    private String referentienummer;

    @Size(max = 20)
    private String vorigReferentienummer;

    private Long toewijzingnummer;

    @Pattern(regexp = "[0-9]{2}")
    private String productcategorie;

    @Size(max = 5)
    private String productcode;

    @NotNull
    private LocalDate periodeBegin;

    @NotNull
    private LocalDate periodeEind;

    @PositiveOrZero
    private long geleverdVolume;

    @NotNull
    @Pattern(regexp = "[0-9]{2}")
    private String eenheid;

    @PositiveOrZero
    private Long tarief;

    @PositiveOrZero
    private long bedrag;

    /** COD043: D (debet) or C (credit). */
    @NotNull
    @Pattern(regexp = "[DC]")
    private String debetCredit;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Status status;

    protected Prestatie() {}

    public Prestatie(
            Declaratie declaratie,
            Long clientId,
            String referentienummer,
            String vorigReferentienummer,
            LocalDate periodeBegin,
            LocalDate periodeEind,
            long geleverdVolume,
            String eenheid,
            long bedrag,
            String debetCredit) {
        this.declaratie = declaratie;
        this.clientId = clientId;
        this.referentienummer = referentienummer;
        this.vorigReferentienummer = vorigReferentienummer;
        this.periodeBegin = periodeBegin;
        this.periodeEind = periodeEind;
        this.geleverdVolume = geleverdVolume;
        this.eenheid = eenheid;
        this.bedrag = bedrag;
        this.debetCredit = debetCredit;
        this.status = Status.INGEDIEND;
    }

    public Long getId() {
        return id;
    }

    public Declaratie getDeclaratie() {
        return declaratie;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getReferentienummer() {
        return referentienummer;
    }

    public String getVorigReferentienummer() {
        return vorigReferentienummer;
    }

    public Long getToewijzingnummer() {
        return toewijzingnummer;
    }

    public Prestatie setToewijzingnummer(Long toewijzingnummer) {
        this.toewijzingnummer = toewijzingnummer;
        return this;
    }

    public Product getProduct() {
        return productcategorie == null ? null : new Product(productcategorie, productcode);
    }

    public Prestatie setProduct(Product product) {
        this.productcategorie = product == null ? null : product.categorie();
        this.productcode = product == null ? null : product.code();
        return this;
    }

    public LocalDate getPeriodeBegin() {
        return periodeBegin;
    }

    public LocalDate getPeriodeEind() {
        return periodeEind;
    }

    public long getGeleverdVolume() {
        return geleverdVolume;
    }

    public String getEenheid() {
        return eenheid;
    }

    public Long getTarief() {
        return tarief;
    }

    public Prestatie setTarief(Long tarief) {
        this.tarief = tarief;
        return this;
    }

    public long getBedrag() {
        return bedrag;
    }

    public String getDebetCredit() {
        return debetCredit;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }
}
