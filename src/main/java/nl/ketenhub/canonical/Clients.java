package nl.ketenhub.canonical;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
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
 * Finds clients by BSN through the keyed hash, and creates them on first sight; callers get the
 * client's id. Messages about one client are processed one at a time (hub decision 3), so there is no
 * race on creation.
 *
 * <p>Two memories spare the look-up query. Within one transaction a client is looked up once: the
 * rules of one message (TR332, TR379, stacking, the store) ask for the same client several times.
 * Across transactions the ids of committed clients are kept ({@link ClientProperties#cacheSize}, the
 * least recently used go first): a client row never changes its gemeente, standaard, hash or id and
 * is never deleted (re-encryption rewrites only the ciphertext), so a kept id stays right on every
 * hub node. An id enters that memory only when the transaction that read or created its row commits,
 * so a rolled-back creation is never remembered. A job that deletes client rows must clear it
 * ({@link #forgetAll}).
 */
@Component
public class Clients {

    private final ClientRepository repository;
    private final BsnProtector protector;
    private final Clock clock;
    private final Cache<Key, Long> committed;
    private final boolean keeping;
    private final Object memoKey = new Object();

    public Clients(
            ClientRepository repository,
            BsnProtector protector,
            Optional<Clock> clock,
            ClientProperties properties,
            Optional<MeterRegistry> registry) {
        this.repository = repository;
        this.protector = protector;
        this.clock = clock.orElse(Clock.systemUTC());
        this.keeping = properties.cacheSize() > 0;
        // evictions on the calling thread: the bound holds at once, and no pool thread is asked for
        this.committed = Caffeine.newBuilder()
                .maximumSize(properties.cacheSize())
                .executor(Runnable::run)
                .recordStats()
                .build();
        // cache_gets_total{cache="ketenhub.kept-ids",result="hit"|"miss"}, cache_size, cache_evictions_total; no
        // metric name or tag says client or BSN (OperationsEndpointScenarios)
        registry.ifPresent(meters -> CaffeineCacheMetrics.monitor(meters, committed, "ketenhub.kept-ids"));
    }

    @Transactional(readOnly = true)
    public Optional<Long> find(String gemeente, Standaard standaard, String bsn) {
        Map<Asked, Optional<Long>> memo = memo();
        Asked asked = new Asked(gemeente, standaard, bsn);
        Optional<Long> known = memo.get(asked);
        if (known != null) {
            return known;
        }
        Key key = new Key(gemeente, standaard, protector.hash(bsn));
        Long kept = committed.getIfPresent(key);
        Optional<Long> found = kept != null
                ? Optional.of(kept)
                : repository.findIdByGemeenteAndStandaardAndBsnHash(gemeente, standaard, key.bsnHash());
        memo.put(asked, found);
        if (kept == null) {
            found.ifPresent(id -> keepOnCommit(key, id));
        }
        return found;
    }

    @Transactional
    public long findOrCreate(String gemeente, Standaard standaard, String bsn) {
        Optional<Long> known = find(gemeente, standaard, bsn);
        if (known.isPresent()) {
            return known.get();
        }
        String hash = protector.hash(bsn);
        long created = repository
                .save(new Client(gemeente, standaard, hash, protector.encrypt(bsn), clock.instant()))
                .getId();
        memo().put(new Asked(gemeente, standaard, bsn), Optional.of(created));
        keepOnCommit(new Key(gemeente, standaard, hash), created);
        return created;
    }

    /** The client's BSN in clear text; access to it should be audited by the caller. */
    @Transactional(readOnly = true)
    public String bsnOf(long clientId) {
        Client client =
                repository.findById(clientId).orElseThrow(() -> new IllegalArgumentException("No client " + clientId));
        return protector.decrypt(client.encryptedBsn());
    }

    /** Forgets every kept id (for a job that deletes client rows). */
    public void forgetAll() {
        committed.invalidateAll();
    }

    /** How many client ids are kept across transactions. */
    public long keptIds() {
        committed.cleanUp();
        return committed.estimatedSize();
    }

    private void keepOnCommit(Key key, long id) {
        if (!keeping) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed.put(key, id);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.put(key, id);
            }
        });
    }

    /** The lookups of the current transaction; a fresh map (no memo) outside one. */
    @SuppressWarnings("unchecked")
    private Map<Asked, Optional<Long>> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<Asked, Optional<Long>> memo =
                (Map<Asked, Optional<Long>>) TransactionSynchronizationManager.getResource(memoKey);
        if (memo == null) {
            Map<Asked, Optional<Long>> fresh = new HashMap<>();
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

    /** A question of this transaction. Never logged or printed: it holds the BSN. */
    private record Asked(String gemeente, Standaard standaard, String bsn) {
        @Override
        public String toString() {
            return "Asked[" + gemeente + ", " + standaard + "]";
        }
    }

    /** A committed client as it is found: by the keyed hash, never the BSN. */
    private record Key(String gemeente, Standaard standaard, String bsnHash) {}
}
