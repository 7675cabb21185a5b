package nl.ketenhub.bericht;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One token bucket per partner for the HTTP intake (see {@link RateLimitProperties}). Refusals are
 * counted ({@code ketenhub.intake.throttled}, tag partner) and logged once per flood, not per
 * message.
 */
@Component
class IntakeRateLimit {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeRateLimit.class);

    private final RateLimitProperties properties;
    private final MeterRegistry meters;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Set<String> throttled = ConcurrentHashMap.newKeySet();

    IntakeRateLimit(RateLimitProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
    }

    /** Takes one message from the partner's bucket; when it is empty, the seconds until the next one. */
    OptionalLong tryAcquire(String partner) {
        if (!properties.enabled()) {
            return OptionalLong.empty();
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(partner, this::bucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            if (throttled.remove(partner)) {
                LOG.info("partner {} is back within its HTTP intake rate limit", partner);
            }
            return OptionalLong.empty();
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        meters.counter("ketenhub.intake.throttled", "partner", partner).increment();
        if (throttled.add(partner)) {
            LOG.warn("partner {} is over its HTTP intake rate limit of {}; answering 429", partner, describe(partner));
        }
        return OptionalLong.of(seconds);
    }

    String describe(String partner) {
        RateLimitProperties.Limit limit = properties.of(partner);
        return limit.requests() + " messages per " + limit.per() + " (burst " + limit.burst() + ")";
    }

    private Bucket bucket(String partner) {
        RateLimitProperties.Limit limit = properties.of(partner);
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.requests(), limit.per())
                        .build())
                .build();
    }
}
