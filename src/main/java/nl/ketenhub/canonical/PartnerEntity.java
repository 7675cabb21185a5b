package nl.ketenhub.canonical;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.ketenhub.bericht.PartyRole;

/** A row of the partner table; the partner directory (config/partners.yaml) is the source of truth. */
@Entity
@Table(name = "partner")
public class PartnerEntity {

    @Id
    @NotNull
    @Pattern(regexp = Codes.PARTNER_CODE)
    private String code;

    @NotNull
    @Size(min = 1, max = 200)
    private String naam;

    @NotNull
    @Enumerated(EnumType.STRING)
    private PartyRole role;

    /** False once the partner has left the configuration; kept because messages refer to it. */
    private boolean active;

    protected PartnerEntity() {}

    public PartnerEntity(String code, String naam, PartyRole role) {
        this.code = code;
        this.naam = naam;
        this.role = role;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public PartyRole getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public void update(String naam, PartyRole role, boolean active) {
        this.naam = naam;
        this.role = role;
        this.active = active;
    }
}
