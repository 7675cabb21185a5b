package nl.ketenhub.bericht;

import java.util.List;

/**
 * What processing decided about one inbound message.
 *
 * @param accepted true when the message passed every check and its state change was applied
 * @param findings every rule it broke (empty when accepted)
 * @param outbound the messages to deliver: the forward, the answer to the sender, a rejection
 */
public record Outcome(boolean accepted, List<Finding> findings, List<Outbound> outbound) {

    public Outcome {
        findings = List.copyOf(findings);
        outbound = List.copyOf(outbound);
    }

    public static Outcome accepted(List<Outbound> outbound) {
        return new Outcome(true, List.of(), outbound);
    }

    public static Outcome rejected(List<Finding> findings, List<Outbound> outbound) {
        return new Outcome(false, findings, outbound);
    }
}
