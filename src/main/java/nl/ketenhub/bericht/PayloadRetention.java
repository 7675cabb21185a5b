package nl.ketenhub.bericht;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes raw payloads at the end of their retention period (per BerichtType, {@link
 * RetentionProperties}); the message-log entry, its findings, links and delivery attempts and the
 * audit trail stay. Messages still being processed or delivered (status RECEIVED) keep their payload.
 * Runs on a schedule and on an administrator's request; batched, each batch its own transaction, so
 * an interrupted run simply continues at the next one.
 */
@Component
public class PayloadRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PayloadRetention.class);
    private static final String OLD_PAYLOADS =
            "select id from bericht where payload is not null and status <> 'RECEIVED' and received_at < ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RetentionProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    PayloadRetention(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            RetentionProperties properties,
            Clock clock,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /** What a purge removed: payloads per overridden BerichtType, and {@code DEFAULT} for all others. */
    public record Result(long purged, Map<String, Long> perType) {}

    @Scheduled(cron = "${ketenhub.retention.purge-cron:0 30 2 * * *}", zone = "Europe/Amsterdam")
    void scheduled() {
        purge("system");
    }

    /** Purges now on behalf of {@code actor}; the run is recorded in the audit trail. */
    public Result purge(String actor) {
        Result result = purge();
        audit.record(new AuditTrail.Event(
                actor, null, "PURGE_PAYLOADS", "bericht", null, "OK, " + result.purged() + " " + result.perType()));
        return result;
    }

    Result purge() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Map<String, Long> perType = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<BerichtType, Period> override :
                properties.payloadPerType().entrySet()) {
            long n = purge(
                    OLD_PAYLOADS + " and bericht_type = ?",
                    now.minus(override.getValue()).toInstant(),
                    override.getKey().name());
            perType.put(override.getKey().name(), n);
            total += n;
        }
        List<Object> types = new ArrayList<>();
        StringBuilder others = new StringBuilder(OLD_PAYLOADS);
        if (!properties.payloadPerType().isEmpty()) {
            others.append(" and (bericht_type is null or bericht_type not in (");
            properties.payloadPerType().keySet().forEach(type -> {
                others.append(types.isEmpty() ? "?" : ", ?");
                types.add(type.name());
            });
            others.append("))");
        }
        long n = purge(others.toString(), now.minus(properties.payload()).toInstant(), types.toArray());
        perType.put("DEFAULT", n);
        total += n;
        if (total > 0) {
            LOG.info("payload retention: {} raw payloads removed {}", total, perType);
        }
        return new Result(total, perType);
    }

    private long purge(String select, Instant before, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = before.atOffset(ZoneOffset.UTC);
        System.arraycopy(more, 0, args, 1, more.length);
        String batch =
                select + " order by received_at fetch first " + Math.max(1, properties.batchSize()) + " rows only";
        long purged = 0;
        while (true) {
            List<String> ids = jdbc.queryForList(batch, String.class, args);
            if (ids.isEmpty()) {
                return purged;
            }
            Integer done = transaction.execute(status -> {
                int n = 0;
                for (String id : ids) {
                    n += jdbc.update(
                            "update bericht set payload = null, payload_purged_at = ? where id = ? and payload is not null",
                            clock.instant().atOffset(ZoneOffset.UTC),
                            UUID.fromString(id));
                }
                return n;
            });
            purged += done == null ? 0 : done;
            if (ids.size() < properties.batchSize()) {
                return purged;
            }
        }
    }
}
