package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR359 (retourcode 9359; 319): no 319 after a 301 that honoured the request (a 301 the aanbieder
 * rejected with a 302 counts as never sent).
 */
final class TR359 {

    private TR359() {}

    static List<Finding> check(Antwoordbericht bericht, Stand319 stand) {
        return stand.toegewezen()
                ? List.of(Finding.crossMessage(
                        "TR359",
                        "9359",
                        "A toewijzing with ReferentieAanbieder " + bericht.referentieAanbieder() + " was already sent",
                        Antwoordbericht.ANTWOORD))
                : List.of();
    }
}
