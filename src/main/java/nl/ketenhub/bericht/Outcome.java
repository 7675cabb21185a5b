package nl.ketenhub.bericht;

import java.util.List;
import java.util.UUID;

/**
 * What processing decided about one inbound message.
 *
 * @param accepted true when the message passed every check and its state change was applied
 * @param findings every rule it broke (empty when accepted)
 * @param outbound the messages to deliver: the forward, the answer to the sender, a rejection
 * @param relatedId the logged message this one answers (a retour's heenbericht), linked to it in
 *     the message log with the decision; null when there is none
 */
public record Outcome(boolean accepted, List<Finding> findings, List<Outbound> outbound, UUID relatedId) {

    public Outcome {
        findings = List.copyOf(findings);
        outbound = List.copyOf(outbound);
    }

    public Outcome(boolean accepted, List<Finding> findings, List<Outbound> outbound) {
        this(accepted, findings, outbound, null);
    }

    public static Outcome accepted(List<Outbound> outbound) {
        return new Outcome(true, List.of(), outbound);
    }

    public static Outcome rejected(List<Finding> findings, List<Outbound> outbound) {
        return new Outcome(false, findings, outbound);
    }

    /** This outcome, for a message that answers the logged message {@code heen} (null: none). */
    public Outcome answering(UUID heen) {
        return new Outcome(accepted, findings, outbound, heen);
    }
}
