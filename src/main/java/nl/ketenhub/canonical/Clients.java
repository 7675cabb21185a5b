package nl.ketenhub.canonical;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.ketenhub.bericht.Standaard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds clients by BSN through the keyed hash, and creates them on first sight. Messages about one
 * client are processed one at a time (hub decision 3), so there is no race on creation. Within one
 * transaction a client is looked up once: the rules of one message (TR332, TR379, stacking, the
 * store) ask for the same client several times, and each lookup cost a hash and a query.
 */
@Component
public class Clients {

    private final ClientRepository repository;
    private final BsnProtector protector;
    private final Clock clock;
    private final Object memoKey = new Object();

    public Clients(ClientRepository repository, BsnProtector protector, Optional<Clock> clock) {
        this.repository = repository;
        this.protector = protector;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Optional<Client> find(String gemeente, Standaard standaard, String bsn) {
        Map<Key, Optional<Client>> memo = memo();
        Key key = new Key(gemeente, standaard, bsn);
        Optional<Client> known = memo.get(key);
        if (known != null) {
            return known;
        }
        Optional<Client> found =
                repository.findByGemeenteAndStandaardAndBsnHash(gemeente, standaard, protector.hash(bsn));
        memo.put(key, found);
        return found;
    }

    @Transactional
    public Client findOrCreate(String gemeente, Standaard standaard, String bsn) {
        Optional<Client> known = find(gemeente, standaard, bsn);
        if (known.isPresent()) {
            return known.get();
        }
        Client created = repository.save(
                new Client(gemeente, standaard, protector.hash(bsn), protector.encrypt(bsn), clock.instant()));
        memo().put(new Key(gemeente, standaard, bsn), Optional.of(created));
        return created;
    }

    /** The client's BSN in clear text; access to it should be audited by the caller. */
    public String bsnOf(Client client) {
        return protector.decrypt(client.encryptedBsn());
    }

    /** The lookups of the current transaction; a fresh map (no memo) outside one. */
    @SuppressWarnings("unchecked")
    private Map<Key, Optional<Client>> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<Key, Optional<Client>> memo =
                (Map<Key, Optional<Client>>) TransactionSynchronizationManager.getResource(memoKey);
        if (memo == null) {
            Map<Key, Optional<Client>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(memoKey, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(memoKey);
                }
            });
            memo = fresh;
        }
        return memo;
    }

    /** Never logged or printed: it holds the BSN. */
    private record Key(String gemeente, Standaard standaard, String bsn) {
        @Override
        public String toString() {
            return "Key[" + gemeente + ", " + standaard + "]";
        }
    }
}
