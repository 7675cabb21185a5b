package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.audit.AuditProperties;
import nl.ketenhub.audit.AuditTrail;
import nl.ketenhub.canonical.BsnProperties;
import nl.ketenhub.canonical.BsnProtector;
import nl.ketenhub.canonical.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Payload retention against a real (H2) message log, at a fixed moment. */
class PayloadRetentionTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final String KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    static final String HASH_KEY = java.util.Base64.getEncoder().encodeToString("a-hash-key-of-20-byte".getBytes());

    private final Clock clock = Clock.fixed(NOW, ClockConfiguration.AMSTERDAM);
    private MigratedDatabase database;
    private JdbcTemplate jdbc;
    private AuditTrail audit;
    private PayloadRetention retention;

    @BeforeEach
    void setUp() {
        database = MigratedDatabase.h2();
        jdbc = database.jdbc();
        audit = new AuditTrail(
                jdbc,
                database.transactions(),
                clock,
                new BsnProtector(new BsnProperties(KEY, HASH_KEY, "k1")),
                new AuditProperties(null));
        retention = new PayloadRetention(
                jdbc,
                database.transactions(),
                new RetentionProperties(Period.ofMonths(18), Map.of(BerichtType.JW302, Period.ofMonths(36)), "-", 2),
                clock,
                audit);
    }

    @AfterEach
    void drop() throws Exception {
        database.close();
    }

    private UUID bericht(BerichtType type, String status, String receivedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into bericht (id, direction, channel, partner, bericht_type, identificatie, status, received_at,
                    updated_at, payload) values (?, 'IN', 'HTTP', '0384', ?, ?, ?, ?, ?, ?)
                """,
                id,
                type == null ? null : type.name(),
                "ID-" + id.toString().substring(0, 8),
                status,
                Instant.parse(receivedAt).atOffset(ZoneOffset.UTC),
                Instant.parse(receivedAt).atOffset(ZoneOffset.UTC),
                "<bericht>" + id + "</bericht>");
        jdbc.update(
                "insert into bericht_finding (bericht_id, seq, rule, level, message) values (?, 0, 'TR056', 'POLICY', 'x')",
                id);
        return id;
    }

    private String payload(UUID id) {
        return jdbc.queryForObject("select payload from bericht where id = ?", String.class, id);
    }

    @Test
    void payloadsPastTheirRetentionGoMetadataFindingsAndAuditStay() {
        UUID old301 = bericht(BerichtType.JW301, "DELIVERED", "2025-03-01T10:00:00Z");
        UUID older301 = bericht(BerichtType.JW301, "ACCEPTED", "2025-01-01T10:00:00Z");
        UUID oldest301 = bericht(BerichtType.JW301, "FAILED", "2024-06-01T10:00:00Z");
        UUID unrecognised = bericht(null, "REJECTED", "2024-01-01T10:00:00Z");
        UUID recent301 = bericht(BerichtType.JW301, "DELIVERED", "2025-06-01T10:00:00Z");
        UUID inProgress = bericht(BerichtType.JW301, "RECEIVED", "2024-01-01T10:00:00Z");
        UUID old302 = bericht(BerichtType.JW302, "DELIVERED", "2024-01-01T10:00:00Z");
        UUID ancient302 = bericht(BerichtType.JW302, "DELIVERED", "2023-11-01T10:00:00Z");
        audit.record(new AuditTrail.Event("operator", "0384", "VIEW_PAYLOAD", old301.toString(), null, "OK"));

        PayloadRetention.Result result = retention.purge("admin");

        assertThat(result.purged()).isEqualTo(5);
        assertThat(result.perType()).containsEntry("JW302", 1L).containsEntry("DEFAULT", 4L);
        for (UUID purged : new UUID[] {old301, older301, oldest301, unrecognised, ancient302}) {
            assertThat(payload(purged)).as("payload of %s", purged).isNull();
            assertThat(jdbc.queryForObject(
                                    "select payload_purged_at from bericht where id = ?",
                                    java.time.OffsetDateTime.class,
                                    purged)
                            .toInstant())
                    .isEqualTo(NOW);
        }
        for (UUID kept : new UUID[] {recent301, inProgress, old302}) {
            assertThat(payload(kept)).as("payload of %s", kept).contains(kept.toString());
        }
        assertThat(jdbc.queryForObject("select count(*) from bericht", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from bericht_finding", Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject("select identificatie from bericht where id = ?", String.class, old301))
                .startsWith("ID-");
        AuditTrail.Page trail = audit.read(new AuditTrail.Filter(null, null, null, null, 0, 10));
        assertThat(trail.entries())
                .extracting(AuditTrail.Entry::action)
                .containsExactly("PURGE_PAYLOADS", "VIEW_PAYLOAD");
        assertThat(trail.entries().get(0).actor()).isEqualTo("admin");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aSecondRunFindsNothingMore() {
        bericht(BerichtType.JW301, "DELIVERED", "2025-03-01T10:00:00Z");

        assertThat(retention.purge("admin").purged()).isEqualTo(1);
        assertThat(retention.purge("admin").purged()).isZero();
    }
}
