package nl.ketenhub.monitoring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.ketenhub.partner.Delivery;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the partners the hub pushes to over HTTP ({@code partnerEndpoints} in
 * /actuator/health): a HEAD request with a short timeout, never a message. Any HTTP answer counts as
 * reachable (a 405 for HEAD too); only a connection failure or timeout does not. DOWN when none of
 * them is reachable, UP otherwise (one unreachable partner is shown in the details, it must not take
 * the whole hub out of a load balancer). Results are reused for {@code health-cache-time}.
 */
@Component("partnerEndpoints")
class PartnerEndpointsHealth implements HealthIndicator {

    private final PartnerDirectory partners;
    private final MonitoringProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final Map<String, Check> cache = new ConcurrentHashMap<>();

    PartnerEndpointsHealth(PartnerDirectory partners, MonitoringProperties properties, Clock clock) {
        this.partners = partners;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.healthTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        int checked = 0;
        int reachable = 0;
        for (Partner partner : partners.all()) {
            if (partner.delivery().type() != Delivery.Type.HTTP) {
                continue;
            }
            Check check = check(partner.code(), partner.delivery().target());
            details.put(partner.code(), check.reachable() ? "reachable (HTTP " + check.status() + ")" : check.detail());
            checked++;
            reachable += check.reachable() ? 1 : 0;
        }
        if (checked == 0) {
            return Health.up()
                    .withDetail("partners", "no partner with HTTP delivery")
                    .build();
        }
        Health.Builder health = reachable == 0 ? Health.down() : Health.up();
        return health.withDetails(details).build();
    }

    private Check check(String partner, String url) {
        Instant now = clock.instant();
        Check cached = cache.get(partner);
        if (cached != null && cached.at().plus(properties.healthCacheTime()).isAfter(now)) {
            return cached;
        }
        Check fresh = probe(url, now);
        cache.put(partner, fresh);
        return fresh;
    }

    private Check probe(String url, Instant now) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .method("HEAD", HttpRequest.BodyPublishers.noBody())
                            .timeout(properties.healthTimeout())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return new Check(true, response.statusCode(), null, now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(false, 0, "unreachable: interrupted", now);
        } catch (Exception e) {
            return new Check(false, 0, "unreachable: " + e.getClass().getSimpleName(), now);
        }
    }

    private record Check(boolean reachable, int status, String detail, Instant at) {}
}
