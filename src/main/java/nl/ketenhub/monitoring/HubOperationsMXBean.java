package nl.ketenhub.monitoring;

/** Operator actions over JMX ({@code nl.ketenhub:type=Operations}); the same as the operators' REST API. */
public interface HubOperationsMXBean {

    /**
     * Re-runs a stored inbound message as a new message-log entry; see {@code POST
     * /api/berichten/{id}/replay}. Returns the outcome: REPLAYED with the new id, SKIPPED or REFUSED with
     * the reason.
     */
    String replay(String berichtId, boolean force);

    void pausePartner(String partner);

    int resumePartner(String partner);
}
