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
import jakarta.validation.constraints.PositiveOrZero;
import nl.ketenhub.bericht.Standaard;

/**
 * A toewijzing, identified by (gemeente, standaard, toewijzingnummer). Its content lives in {@link
 * ToewijzingVersie}s; see {@link ToewijzingVersieRepository#currentVersion(Toewijzing)}.
 */
@Entity
@Table(name = "toewijzing")
public class Toewijzing {

    @Id
    // pooled ids (V14__Pooled_ids): inserted with the flush, in a batch, not one by one at save
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "toewijzing_seq")
    @SequenceGenerator(name = "toewijzing_seq", sequenceName = "toewijzing_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Pattern(regexp = Codes.GEMEENTECODE)
    private String gemeente;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Standaard standaard;

    @PositiveOrZero
    private long toewijzingnummer;

    @NotNull
    private Long clientId;

    @NotNull
    @Pattern(regexp = Codes.AGB_CODE)
    private String aanbieder;

    protected Toewijzing() {}

    public Toewijzing(String gemeente, Standaard standaard, long toewijzingnummer, Long clientId, String aanbieder) {
        this.gemeente = gemeente;
        this.standaard = standaard;
        this.toewijzingnummer = toewijzingnummer;
        this.clientId = clientId;
        this.aanbieder = aanbieder;
    }

    public Long getId() {
        return id;
    }

    public String getGemeente() {
        return gemeente;
    }

    public Standaard getStandaard() {
        return standaard;
    }

    public long getToewijzingnummer() {
        return toewijzingnummer;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getAanbieder() {
        return aanbieder;
    }
}
