package nl.ketenhub.monitoring;

/**
 * JMX view and control of one partner's delivery channel ({@code
 * nl.ketenhub:type=PartnerChannel,partner=<code>}). Attributes are read from the message log when
 * asked.
 */
public interface PartnerChannelMXBean {

    String getPartner();

    String getDeliveryType();

    /** RUNNING or PAUSED. */
    String getState();

    /** ISO-8601 instant of the last successful delivery, or null when none is known. */
    String getLastDelivery();

    int getConsecutiveFailures();

    /** Undelivered outbound messages (waiting, or held while paused). */
    long getBacklog();

    long getOldestUndeliveredAgeSeconds();

    /** Outbound messages parked after their last failed delivery attempt. */
    long getParked();

    /** Holds the partner's deliveries until {@link #resume()}. */
    void pause();

    /** Resumes delivery; returns the number of waiting messages queued again. */
    int resume();
}
