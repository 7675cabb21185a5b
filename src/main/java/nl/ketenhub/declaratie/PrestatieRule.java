package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** One level 3 or 4 rule on one prestatie of a 323. */
interface PrestatieRule {

    Optional<Finding> check(PrestatieZaak zaak);

    static Optional<Finding> cross(String rule, String code, PrestatieZaak zaak, String message) {
        return Optional.of(Finding.crossMessage(rule, code, zaak.prestatie().describe() + ": " + message, zaak.path()));
    }

    static Optional<Finding> external(String rule, String code, PrestatieZaak zaak, String message) {
        return Optional.of(Finding.external(rule, code, zaak.prestatie().describe() + ": " + message, zaak.path()));
    }
}
