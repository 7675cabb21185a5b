package nl.ketenhub.bericht;

import java.util.regex.Pattern;
import nl.ketenhub.monitoring.BsnMask;

/**
 * Keeps personal data out of finding messages, which go back to the sender (422 body, retour) and
 * to whoever may read the message log: schema errors quote the offending value (a mistyped BSN, a
 * name, an address), so every quoted value is replaced, and any 9-digit number passing the
 * 11-proef is masked.
 */
final class Redaction {

    static final String REDACTED = "'***'";
    /** Xerces: "Value 'x' is not facet-valid", "The value 'x' of element", "'x' is not a valid value". */
    private static final Pattern QUOTED_VALUE =
            Pattern.compile("(?i)(?<=\\bvalue )'[^']*'|'[^']*'(?= is not a valid value)");

    private Redaction() {}

    static String redact(String message) {
        if (message == null || message.isEmpty()) {
            return message;
        }
        return BsnMask.mask(QUOTED_VALUE.matcher(message).replaceAll(REDACTED));
    }
}
