package nl.ketenhub.bericht;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-partner rate limit of the HTTP intake ({@code POST /api/berichten}). Each partner has a
 * bucket of {@code burst} messages that refills with {@code requests} messages every {@code per};
 * a message beyond it is answered 429 with Retry-After. File and JMS intake are pulled at the
 * hub's own pace and are not limited.
 *
 * @param enabled false switches the limit off
 * @param defaults the limit of every partner without an entry in {@code partners}
 * @param partners limits of single partners by partner code
 */
@ConfigurationProperties("ketenhub.intake.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled, @DefaultValue Limit defaults, Map<String, Limit> partners) {

    public RateLimitProperties {
        partners = partners == null ? Map.of() : Map.copyOf(partners);
    }

    public Limit of(String partner) {
        return partners.getOrDefault(partner, defaults);
    }

    /**
     * @param burst the most messages accepted at once
     * @param requests messages added back every {@code per}
     * @param per the refill period
     */
    public record Limit(
            @DefaultValue("200") int burst, @DefaultValue("50") int requests, @DefaultValue("1s") Duration per) {

        public Limit {
            if (burst <= 0 || requests <= 0 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException(
                        "ketenhub.intake.rate-limit: burst, requests and per must be positive");
            }
        }
    }
}
