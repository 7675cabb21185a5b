package nl.ketenhub.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tuning of the embedded Artemis broker.
 *
 * @param journalBufferTimeoutNanos NIO journal flush timeout, calibrated for this disk (see the
 *     README's performance section)
 * @param maxDeliveryAttempts attempts before the broker parks a message on {@code ketenhub.parked}
 * @param redeliveryDelayMillis pause between attempts
 */
@ConfigurationProperties("ketenhub.broker")
record BrokerProperties(int journalBufferTimeoutNanos, int maxDeliveryAttempts, long redeliveryDelayMillis) {}
