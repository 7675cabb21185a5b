package nl.ketenhub.bericht;

import java.util.List;
import org.w3c.dom.Document;

/**
 * What the intake found in a raw message.
 *
 * @param type the message type; null when it could not be recognised
 * @param header the header, whenever the type was recognised and the header could be read, even
 *     when the message failed validation; null otherwise
 * @param document the parsed message; null when it is not well-formed XML
 * @param findings the level 1 faults; empty when the message was accepted
 */
public record Inspection(BerichtType type, BerichtHeader header, Document document, List<Finding> findings) {

    public Inspection {
        findings = List.copyOf(findings);
    }

    public boolean accepted() {
        return findings.isEmpty();
    }
}
