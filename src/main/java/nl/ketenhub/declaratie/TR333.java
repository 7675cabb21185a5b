package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR333 (9333): the DeclaratieNummer is unique per aanbieder and domain. The whole declaration fails. */
final class TR333 {

    Optional<Finding> check(Declaratiebericht bericht, Stand stand) {
        if (!stand.nummerBekend()) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR333",
                "9333",
                "DeclaratieNummer " + bericht.declaratieNummer() + " was used before",
                Declaratiebericht.DECLARATIE));
    }
}
