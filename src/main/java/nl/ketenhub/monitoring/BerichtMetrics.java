package nl.ketenhub.monitoring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Bericht.Direction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business counters per BerichtCode and direction, fed by the pipeline's events (intake, decision,
 * delivery, parking). Inside a database transaction a count is taken only when it commits, so a
 * rolled-back attempt that the broker redelivers counts once. Exposed as JMX MBeans and as
 * Prometheus counters {@code ketenhub_berichten_total{berichtcode,direction,event}} and {@code
 * ketenhub_berichten_rejected_total{berichtcode,direction,retourcode}}; no tag ever holds a BSN or
 * client hash. Counts start at zero when the hub starts.
 */
@Component
public class BerichtMetrics {

    /** Label of messages whose BerichtCode could not be read (intake) or that have none (the hub's afwijzing). */
    static final String GEEN_CODE = "geen";

    private final MeterRegistry registry;
    private final MonitoringMBeans mbeans;
    private final DeliveryActivity activity;
    private final Map<String, Counters> counters = new ConcurrentHashMap<>();

    BerichtMetrics(MeterRegistry registry, MonitoringMBeans mbeans, DeliveryActivity activity) {
        this.registry = registry;
        this.mbeans = mbeans;
        this.activity = activity;
        for (BerichtType type : BerichtType.values()) {
            for (Direction direction : Direction.values()) {
                counters(direction, type.berichtCode());
            }
        }
    }

    public void received(Direction direction, String berichtCode) {
        count(counters(direction, berichtCode).received);
    }

    public void accepted(Direction direction, String berichtCode) {
        count(counters(direction, berichtCode).accepted);
    }

    public void rejected(Direction direction, String berichtCode, Collection<Finding> findings) {
        Counters c = counters(direction, berichtCode);
        afterCommit(() -> {
            c.rejected.increment();
            findings.stream()
                    .map(f -> f.retourCode() == null ? GEEN_CODE : f.retourCode())
                    .distinct()
                    .forEach(code -> c.byRetourcode(code).increment());
        });
    }

    /** An outbound message reached the partner. */
    public void delivered(String partner, String berichtCode) {
        count(counters(Direction.OUT, berichtCode).delivered);
        afterCommit(() -> activity.delivered(partner));
    }

    /** One processing (IN) or delivery (OUT) attempt failed; the broker may try again. */
    public void attemptFailed(Direction direction, String partner) {
        if (direction == Direction.OUT) {
            afterCommit(() -> activity.failed(partner));
        }
    }

    public void failed(Direction direction, String berichtCode) {
        count(counters(direction, berichtCode).failed);
    }

    /** Every counter set that exists, for tests and the JMX registrar. */
    Collection<Counters> all() {
        return counters.values();
    }

    Counters counters(Direction direction, String berichtCode) {
        String code = berichtCode == null ? GEEN_CODE : berichtCode;
        return counters.computeIfAbsent(direction + ":" + code, key -> register(new Counters(code, direction)));
    }

    private Counters register(Counters c) {
        c.meter("received", c.received);
        c.meter("accepted", c.accepted);
        c.meter("rejected", c.rejected);
        c.meter("delivered", c.delivered);
        c.meter("failed", c.failed);
        mbeans.register("type=Berichten,berichtCode=" + c.berichtCode + ",direction=" + c.direction, c);
        return c;
    }

    private static void count(LongAdder adder) {
        afterCommit(adder::increment);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /** The counters of one BerichtCode in one direction. */
    final class Counters implements BerichtCountersMXBean {

        private final String berichtCode;
        private final Direction direction;
        private final LongAdder received = new LongAdder();
        private final LongAdder accepted = new LongAdder();
        private final LongAdder rejected = new LongAdder();
        private final LongAdder delivered = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private final Map<String, LongAdder> rejectedByRetourcode = new ConcurrentHashMap<>();

        Counters(String berichtCode, Direction direction) {
            this.berichtCode = berichtCode;
            this.direction = direction;
        }

        private void meter(String event, LongAdder adder) {
            FunctionCounter.builder("ketenhub.berichten", adder, LongAdder::doubleValue)
                    .description("iWmo/iJw messages per BerichtCode, direction and event")
                    .tag("berichtcode", berichtCode)
                    .tag("direction", direction.name())
                    .tag("event", event)
                    .register(registry);
        }

        private LongAdder byRetourcode(String retourcode) {
            return rejectedByRetourcode.computeIfAbsent(retourcode, code -> {
                LongAdder adder = new LongAdder();
                FunctionCounter.builder("ketenhub.berichten.rejected", adder, LongAdder::doubleValue)
                        .description("rejected iWmo/iJw messages per BerichtCode, direction and retourcode")
                        .tag("berichtcode", berichtCode)
                        .tag("direction", direction.name())
                        .tag("retourcode", code)
                        .register(registry);
                return adder;
            });
        }

        @Override
        public String getBerichtCode() {
            return berichtCode;
        }

        @Override
        public String getDirection() {
            return direction.name();
        }

        @Override
        public long getReceived() {
            return received.sum();
        }

        @Override
        public long getAccepted() {
            return accepted.sum();
        }

        @Override
        public long getRejected() {
            return rejected.sum();
        }

        @Override
        public Map<String, Long> getRejectedByRetourcode() {
            Map<String, Long> result = new TreeMap<>();
            rejectedByRetourcode.forEach((code, adder) -> result.put(code, adder.sum()));
            return result;
        }

        @Override
        public long getDelivered() {
            return delivered.sum();
        }

        @Override
        public long getFailed() {
            return failed.sum();
        }
    }
}
