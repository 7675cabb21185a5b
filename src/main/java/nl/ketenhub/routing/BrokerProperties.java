package nl.ketenhub.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the embedded Artemis broker.
 *
 * @param journalBufferTimeoutNanos NIO journal flush timeout, calibrated for this disk (see the
 *     README's performance section)
 * @param maxDeliveryAttempts attempts before the broker parks a message on {@code ketenhub.parked}
 * @param redeliveryDelayMillis pause before the first redelivery
 * @param redeliveryMultiplier each next pause is this many times longer (backoff)
 * @param maxRedeliveryDelayMillis the longest pause
 * @param tcpPort when above 0, the embedded broker also listens on 127.0.0.1 at this port (for
 *     tools, partners' JMS clients and the fault tests); 0 keeps it in-VM only
 * @param tcpSecurity whether logins and rights are checked on that acceptor ({@link BrokerSecurity};
 *     on by default; the fault tests and the benchmark, which drive the broker as the hub's own
 *     tooling, turn it off)
 * @param journalCompactMinFiles journal files before the journal may be compacted (Artemis'
 *     {@code journal-compact-min-files}; its default is 10). Every file holds live duplicate-id
 *     records, so the compactor reads every file each time it runs (README, Performance)
 * @param outboundIdCacheSize duplicate-detection ids the broker keeps per partner queue ({@code
 *     ketenhub.<partner>.out}; every other address keeps 100,000). A forward's id guards its receiver
 *     against a second send of it in another committed transaction; each id is a journal record
 *     that lives until this many later sends to that partner, and keeps its journal file from
 *     being freed until then (README, Performance, twenty-fourth session)
 */
@ConfigurationProperties("ketenhub.broker")
record BrokerProperties(
        int journalBufferTimeoutNanos,
        int maxDeliveryAttempts,
        long redeliveryDelayMillis,
        @DefaultValue("2.0") double redeliveryMultiplier,
        @DefaultValue("60000") long maxRedeliveryDelayMillis,
        @DefaultValue("0") int tcpPort,
        @DefaultValue("true") boolean tcpSecurity,
        @DefaultValue("10") int journalCompactMinFiles,
        @DefaultValue("5000") int outboundIdCacheSize) {

    boolean secured() {
        return tcpPort > 0 && tcpSecurity;
    }

    /** The broker's pause before redelivering a message rolled back after this many deliveries. */
    long redeliveryDelayAfter(int deliveryCount) {
        double delay = redeliveryDelayMillis * Math.pow(redeliveryMultiplier, Math.max(0, deliveryCount - 1));
        return (long) Math.min(delay, maxRedeliveryDelayMillis);
    }

    /**
     * The longest the broker goes on redelivering a message after a failed attempt: the pauses
     * before all its later attempts. Without a last attempt ({@code maxDeliveryAttempts} below 1),
     * a hundred years.
     */
    java.time.Duration redeliverySpan() {
        if (maxDeliveryAttempts < 1) {
            return java.time.Duration.ofDays(36_525);
        }
        long span = 0;
        for (int delivered = 1; delivered < maxDeliveryAttempts; delivered++) {
            span += redeliveryDelayAfter(delivered);
        }
        return java.time.Duration.ofMillis(span);
    }
}
