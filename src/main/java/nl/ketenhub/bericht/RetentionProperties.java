package nl.ketenhub.bericht;

import java.time.Period;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long raw payloads are kept ({@code ketenhub.retention}).
 *
 * @param payload the retention of a message's raw payload, counted from its arrival (default 18 months)
 * @param payloadPerType overrides per BerichtType name ({@code JW301: P24M}); messages without a
 *     recognised type use {@code payload}
 * @param purgeCron when the purge runs (Spring cron, Dutch time); {@code -} switches the schedule off
 * @param batchSize messages purged per transaction
 */
@ConfigurationProperties("ketenhub.retention")
public record RetentionProperties(
        @DefaultValue("P18M") Period payload,
        @DefaultValue Map<BerichtType, Period> payloadPerType,
        @DefaultValue("0 30 2 * * *") String purgeCron,
        @DefaultValue("500") int batchSize) {

    Period payloadOf(BerichtType type) {
        return type == null ? payload : payloadPerType.getOrDefault(type, payload);
    }
}
