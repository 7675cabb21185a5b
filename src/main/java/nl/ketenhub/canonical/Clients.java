package nl.ketenhub.canonical;

import java.time.Clock;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds clients by BSN through the keyed hash, and creates them on first sight. Messages about one
 * client are processed one at a time (hub decision 3), so there is no race on creation.
 */
@Component
public class Clients {

    private final ClientRepository repository;
    private final BsnProtector protector;
    private final Clock clock;

    public Clients(ClientRepository repository, BsnProtector protector, Optional<Clock> clock) {
        this.repository = repository;
        this.protector = protector;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Optional<Client> find(String gemeente, Standaard standaard, String bsn) {
        return repository.findByGemeenteAndStandaardAndBsnHash(gemeente, standaard, protector.hash(bsn));
    }

    @Transactional
    public Client findOrCreate(String gemeente, Standaard standaard, String bsn) {
        String hash = protector.hash(bsn);
        return repository
                .findByGemeenteAndStandaardAndBsnHash(gemeente, standaard, hash)
                .orElseGet(() -> repository.save(
                        new Client(gemeente, standaard, hash, protector.encrypt(bsn), clock.instant())));
    }

    /** The client's BSN in clear text; access to it should be audited by the caller. */
    public String bsnOf(Client client) {
        return protector.decrypt(client.encryptedBsn());
    }
}
