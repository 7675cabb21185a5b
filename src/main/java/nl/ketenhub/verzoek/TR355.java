package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR355 (retourcode 9355; 319): the ReferentieAanbieder is that of an earlier 315 product or 317
 * of this aanbieder to this gemeente, accepted by the hub.
 */
final class TR355 {

    private TR355() {}

    static List<Finding> check(Antwoordbericht bericht, Stand319 stand) {
        return stand.verzoekBekend()
                ? List.of()
                : List.of(Finding.crossMessage(
                        "TR355",
                        "9355",
                        "ReferentieAanbieder " + bericht.referentieAanbieder() + " is not a request of aanbieder "
                                + bericht.header().ontvanger() + " to this gemeente",
                        Antwoordbericht.ANTWOORD));
    }
}
