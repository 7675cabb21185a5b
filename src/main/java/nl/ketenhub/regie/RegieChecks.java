package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * The level 2 checks of a 305 or 307 (retourcode 0001): every rule that needs the message alone.
 * RedenBeeindiging per standard (WMO588 / JZ588) is left to the XSD, which restricts it already;
 * TR135 runs in the pipeline for every message.
 */
final class RegieChecks {

    private static final List<RegieRule> RULES =
            List.of(new CS002(), new CS058(), new TR101(), new TR018(), new TR002(), new TR134());

    private RegieChecks() {}

    /** All level 2 findings; empty when the message passes. */
    static List<Finding> check(Regiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        for (RegieRule rule : RULES) {
            findings.addAll(rule.check(bericht));
        }
        return findings;
    }
}
