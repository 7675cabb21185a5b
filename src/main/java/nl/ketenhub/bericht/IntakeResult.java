package nl.ketenhub.bericht;

import java.util.List;
import java.util.UUID;

/** The answer of intake: the message-log id, and when refused, why. */
public record IntakeResult(UUID id, boolean accepted, BerichtHeader header, List<Finding> findings) {

    public IntakeResult {
        findings = List.copyOf(findings);
    }

    /** One line for a reason file or a log line; contains rule codes and messages, never a BSN. */
    public String reason() {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.rule()).append(": ").append(finding.message()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
