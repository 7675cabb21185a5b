package nl.ketenhub.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last successful delivery and the number of failed delivery attempts since, per partner. Kept
 * from the delivery events; the first time a partner is asked about, seeded from its most recent
 * delivery attempts in the message log (aflevering), so a restart does not forget them.
 */
@Component
class DeliveryActivity {

    private static final int SEED_ATTEMPTS = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    DeliveryActivity(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Last delivery (null: none known) and consecutive failed attempts since. */
    record State(Instant lastDelivery, int consecutiveFailures) {}

    State state(String partner) {
        return states.computeIfAbsent(partner, this::seed);
    }

    void delivered(String partner) {
        states.compute(partner, (p, old) -> new State(clock.instant(), 0));
    }

    void failed(String partner) {
        states.compute(partner, (p, old) -> {
            State current = old == null ? seed(p) : old;
            return new State(current.lastDelivery(), current.consecutiveFailures() + 1);
        });
    }

    private State seed(String partner) {
        JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
        limited.setMaxRows(SEED_ATTEMPTS);
        List<Attempt> attempts = limited.query(
                """
                select a.outcome, a.attempt_at from aflevering a join bericht b on b.id = a.bericht_id
                where b.partner = ? and b.direction = 'OUT' and (a.detail is null or a.detail <> 'awaiting pull')
                order by a.attempt_at desc
                """,
                (rs, i) -> new Attempt(
                        "OK".equals(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class).toInstant()),
                partner);
        int failures = 0;
        for (Attempt attempt : attempts) {
            if (attempt.ok()) {
                return new State(attempt.at(), failures);
            }
            failures++;
        }
        return new State(null, failures);
    }

    private record Attempt(boolean ok, Instant at) {}
}
