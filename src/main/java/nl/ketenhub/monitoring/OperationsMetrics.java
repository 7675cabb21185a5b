package nl.ketenhub.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.ketenhub.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges of the delivery channels and OP090, read from the message log at most every
 * {@link #REFRESH}: {@code ketenhub_partner_backlog}, {@code
 * ketenhub_partner_oldest_undelivered_age_seconds}, {@code ketenhub_partner_paused}, {@code
 * ketenhub_partner_consecutive_failures} (tag partner) and {@code ketenhub_answers_overdue} (tag
 * awaited: retour or 325).
 */
@Component
class OperationsMetrics implements MeterBinder {

    static final Duration REFRESH = Duration.ofSeconds(10);

    private final PartnerChannels channels;
    private final OverdueAnswers overdue;
    private final Clock clock;
    private final Map<String, Cached<?>> cache = new ConcurrentHashMap<>();

    OperationsMetrics(PartnerChannels channels, OverdueAnswers overdue, Clock clock) {
        this.channels = channels;
        this.overdue = overdue;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Partner partner : channels.partners()) {
            String code = partner.code();
            gauge(registry, "ketenhub.partner.backlog", "undelivered outbound messages", code, s -> s.backlog());
            gauge(
                    registry,
                    "ketenhub.partner.oldest.undelivered.age.seconds",
                    "age of the oldest undelivered outbound message",
                    code,
                    s -> s.oldestUndeliveredAgeSeconds());
            gauge(
                    registry,
                    "ketenhub.partner.paused",
                    "1 when the delivery channel is paused",
                    code,
                    s -> s.paused() ? 1 : 0);
            gauge(
                    registry,
                    "ketenhub.partner.consecutive.failures",
                    "failed delivery attempts since the last delivery",
                    code,
                    s -> s.consecutiveFailures());
        }
        Gauge.builder("ketenhub.answers.overdue", () -> overdueCount(false))
                .description("heenberichten whose answer is overdue (OP090)")
                .tag("awaited", "retour")
                .register(registry);
        Gauge.builder("ketenhub.answers.overdue", () -> overdueCount(true))
                .description("heenberichten whose answer is overdue (OP090)")
                .tag("awaited", "325")
                .register(registry);
    }

    private void gauge(
            MeterRegistry registry,
            String name,
            String description,
            String partner,
            java.util.function.ToDoubleFunction<PartnerChannels.Status> value) {
        Gauge.builder(name, () -> value.applyAsDouble(cached("channel:" + partner, () -> channels.status(partner))))
                .description(description)
                .tag("partner", partner)
                .register(registry);
    }

    private long overdueCount(boolean declaratie) {
        List<OverdueAnswers.Overdue> all = cached("overdue", overdue::now);
        return all.stream()
                .filter(o -> o.awaited().endsWith("325") == declaratie)
                .count();
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> load) {
        Instant now = clock.instant();
        Cached<?> hit = cache.get(key);
        if (hit != null && hit.at().plus(REFRESH).isAfter(now)) {
            return (T) hit.value();
        }
        T value = load.get();
        cache.put(key, new Cached<>(value, now));
        return value;
    }

    private record Cached<T>(T value, Instant at) {}
}
