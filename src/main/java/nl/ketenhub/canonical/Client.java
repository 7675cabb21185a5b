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
import java.time.Instant;
import nl.ketenhub.bericht.Standaard;

/**
 * A client of one gemeente under one standaard. The BSN is never stored in clear text: it is found
 * through {@code bsnHash} and recovered with {@link BsnProtector#decrypt}. Use {@link Clients} to
 * create one.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    // pooled ids (V14__Pooled_ids): inserted with the flush, in a batch, not one by one at save
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @Pattern(regexp = Codes.GEMEENTECODE)
    private String gemeente;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Standaard standaard;

    @NotNull
    @Pattern(regexp = "[0-9a-f]{64}")
    private String bsnHash;

    @NotNull
    @Size(max = 200)
    private String bsnEncrypted;

    @NotNull
    @Size(max = 20)
    private String keyId;

    @NotNull
    private Instant createdAt;

    protected Client() {}

    Client(String gemeente, Standaard standaard, String bsnHash, BsnProtector.Encrypted bsn, Instant createdAt) {
        this.gemeente = gemeente;
        this.standaard = standaard;
        this.bsnHash = bsnHash;
        this.bsnEncrypted = bsn.ciphertext();
        this.keyId = bsn.keyId();
        this.createdAt = createdAt;
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

    /** Keyed hash of the BSN (hex); safe to log and to use as a correlation key. */
    public String getBsnHash() {
        return bsnHash;
    }

    public BsnProtector.Encrypted encryptedBsn() {
        return new BsnProtector.Encrypted(keyId, bsnEncrypted);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Client[id=" + id + ", gemeente=" + gemeente + ", standaard=" + standaard + "]";
    }
}
