package nl.ketenhub.monitoring;

import java.util.Map;

/**
 * JMX view of the messages of one BerichtCode in one direction since the hub started ({@code
 * nl.ketenhub:type=Berichten,berichtCode=436,direction=IN}). IN: received at intake, accepted or
 * rejected (intake or pipeline), failed (parked after the last processing attempt). OUT: queued for
 * delivery (Received), delivered, failed (parked after the last delivery attempt).
 */
public interface BerichtCountersMXBean {

    String getBerichtCode();

    String getDirection();

    long getReceived();

    long getAccepted();

    long getRejected();

    /** Rejected messages per retourcode ({@code geen} for findings without one); a message counts once per code. */
    Map<String, Long> getRejectedByRetourcode();

    long getDelivered();

    long getFailed();
}
