package nl.ketenhub.audit;

import java.security.Principal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.ketenhub.canonical.BsnProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail (NEN 7513): every access to a client's data and every administrative action, as
 * an append-only chain of entries (table {@code audit_entry}). An entry says who (actor), when, on
 * whose behalf, what (action and target), about which client (keyed BSN hash only, never a BSN) and
 * the outcome. Appends run in their own transaction under the row lock of {@code audit_head}, so the
 * sequence is gapless and the chain linear on every node; {@link #verify()} recomputes the chain.
 */
@Component
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);
    private static final int VERIFY_BATCH = 1000;
    public static final int MAX_PAGE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final BsnProtector protector;
    private final AuditChain chain;

    public AuditTrail(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            BsnProtector protector,
            AuditProperties properties) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.protector = protector;
        this.chain = new AuditChain(properties.key());
        if (!chain.keyed()) {
            LOG.warn("KETENHUB_AUDIT_KEY is not set: the audit trail is chained with plain SHA-256");
        }
    }

    /**
     * What happened. Fields longer than their column are cut.
     *
     * @param actor who: a user name, a partner code, or {@code operator}/{@code admin}/{@code jmx}/{@code system}
     * @param onBehalfOf for whom: the gemeente or partner whose data or request it concerns; may be null
     * @param action what, in capitals: {@code SEARCH}, {@code VIEW_PAYLOAD}, {@code REPLAY}, ...
     * @param target the id acted on (message id, partner code, filter), never a BSN; may be null
     * @param clientHash the keyed BSN hash of the client concerned; may be null
     * @param outcome {@code OK} or what went otherwise
     */
    public record Event(
            String actor, String onBehalfOf, String action, String target, String clientHash, String outcome) {

        public Event {
            actor = cut(Objects.requireNonNull(actor, "actor"), 100);
            onBehalfOf = cut(onBehalfOf, 100);
            action = cut(Objects.requireNonNull(action, "action"), 40);
            target = cut(target, 200);
            clientHash = clientHash != null && clientHash.matches("[0-9a-f]{64}") ? clientHash : null;
            outcome = cut(outcome == null ? "OK" : outcome, 500);
        }

        private static String cut(String value, int max) {
            return value == null || value.length() <= max ? value : value.substring(0, max);
        }
    }

    /** One stored entry. */
    public record Entry(
            long seq,
            Instant at,
            String actor,
            String onBehalfOf,
            String action,
            String target,
            String clientHash,
            String outcome,
            String hash) {}

    /** The result of {@link #verify()}: {@code firstBroken} is the first sequence number that fails. */
    public record Verification(boolean intact, long entries, Long firstBroken, String problem, boolean keyed) {}

    /** A filter on the trail; nulls match everything. */
    public record Filter(String actor, String clientHash, Instant from, Instant to, int page, int size) {}

    public record Page(List<Entry> entries, int page, int size) {}

    /** The actor of a request: the authenticated principal's name, else the given fallback. */
    public static String actor(Principal principal, String fallback) {
        return principal != null && principal.getName() != null ? principal.getName() : fallback;
    }

    /** Appends an entry; returns its sequence number. */
    public long record(Event event) {
        Long seq = newTransaction.execute(status -> {
            Map<String, Object> head =
                    jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1 for update");
            long next = ((Number) head.get("last_seq")).longValue() + 1;
            String previous = (String) head.get("last_hash");
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            String hash = chain.hash(previous, next, at, event);
            jdbc.update(
                    """
                    insert into audit_entry (seq, at, actor, on_behalf_of, action, target, client_hash, outcome,
                        prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    next,
                    at.atOffset(ZoneOffset.UTC),
                    event.actor(),
                    event.onBehalfOf(),
                    event.action(),
                    event.target(),
                    event.clientHash(),
                    event.outcome(),
                    previous,
                    hash);
            jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", next, hash);
            return next;
        });
        return seq == null ? -1 : seq;
    }

    /** Records an action on one message, taking client and partner (on whose behalf) from the message log. */
    public long recordAboutBericht(String actor, String action, UUID berichtId, String outcome) {
        List<String[]> about = jdbc.query(
                "select client_hash, partner from bericht where id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)},
                berichtId);
        String clientHash = about.isEmpty() ? null : about.get(0)[0];
        String partner = about.isEmpty() ? null : about.get(0)[1];
        return record(new Event(actor, partner, action, String.valueOf(berichtId), clientHash, outcome));
    }

    /** The target of the newest entry with this action; null when there is none. */
    public String lastTarget(String action) {
        List<String> targets = jdbc.queryForList(
                "select target from audit_entry where action = ? order by seq desc fetch first 1 rows only",
                String.class,
                action);
        return targets.isEmpty() ? null : targets.get(0);
    }

    /** The keyed hash of a BSN for an entry or a filter; null when the text is not a 9-digit number. */
    public String clientOf(String bsn) {
        return bsn != null && bsn.matches("[0-9]{9}") ? protector.hash(bsn) : null;
    }

    /** Entries newest first. */
    public Page read(Filter filter) {
        int size = Math.max(1, Math.min(filter.size(), MAX_PAGE));
        int page = Math.max(0, filter.page());
        StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor = ?");
            args.add(filter.actor());
        }
        if (filter.clientHash() != null) {
            sql.append(" and client_hash = ?");
            args.add(filter.clientHash());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            args.add(filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            args.add(filter.to().atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by seq desc offset ? rows fetch next ? rows only");
        args.add((long) page * size);
        args.add(size);
        return new Page(jdbc.query(sql.toString(), AuditTrail::entry, args.toArray()), page, size);
    }

    /**
     * Recomputes the chain from the first entry: a changed entry fails its hash, an inserted one its
     * link or sequence number, a removed one leaves a gap (or, at the end, a head that points past the
     * last entry). Reports the first sequence number that fails.
     */
    public Verification verify() {
        String previous = AuditChain.GENESIS;
        long expected = 1;
        long count = 0;
        while (true) {
            List<Stored> batch = jdbc.query(
                    "select * from audit_entry where seq >= ? order by seq fetch first " + VERIFY_BATCH + " rows only",
                    (rs, i) -> new Stored(entry(rs, i), rs.getString("prev_hash")),
                    expected);
            for (Stored stored : batch) {
                Entry e = stored.entry();
                if (e.seq() != expected) {
                    return broken(count, expected, "entry " + expected + " is missing");
                }
                if (!stored.previousHash().equals(previous)) {
                    return broken(count, e.seq(), "entry " + e.seq() + " does not link to entry " + (e.seq() - 1));
                }
                String recomputed = chain.hash(
                        previous,
                        e.seq(),
                        e.at(),
                        new Event(e.actor(), e.onBehalfOf(), e.action(), e.target(), e.clientHash(), e.outcome()));
                if (!recomputed.equals(e.hash())) {
                    return broken(count, e.seq(), "entry " + e.seq() + " was changed");
                }
                previous = e.hash();
                expected++;
                count++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (lastSeq > count) {
            return broken(count, count + 1, "entries " + (count + 1) + " to " + lastSeq + " are missing");
        }
        if (lastSeq < count || !previous.equals(head.get("last_hash"))) {
            return broken(count, lastSeq + 1, "the trail does not end where its head says");
        }
        return new Verification(true, count, null, null, chain.keyed());
    }

    private Verification broken(long intactEntries, long seq, String problem) {
        LOG.error("audit trail verification failed at sequence number {}: {}", seq, problem);
        return new Verification(false, intactEntries, seq, problem, chain.keyed());
    }

    private record Stored(Entry entry, String previousHash) {}

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("on_behalf_of"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("client_hash"),
                rs.getString("outcome"),
                rs.getString("hash"));
    }
}
