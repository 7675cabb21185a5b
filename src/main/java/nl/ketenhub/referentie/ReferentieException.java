package nl.ketenhub.referentie;

import java.util.List;

/** An invalid reference data file; the message names the file, the line and every problem. */
public class ReferentieException extends IllegalStateException {

    ReferentieException(List<String> problems) {
        super(
                problems.size() == 1
                        ? "Invalid reference data: " + problems.get(0)
                        : "Invalid reference data (" + problems.size() + " problems):\n  "
                                + String.join("\n  ", problems));
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ReferentieException(problems);
        }
    }
}
