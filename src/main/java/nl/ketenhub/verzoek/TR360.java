package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR360 (retourcode 9360; 319): "2 in onderzoek" is sent at most once per request, and only as its
 * first answer.
 */
final class TR360 {

    private TR360() {}

    static List<Finding> check(Antwoordbericht bericht, Stand319 stand) {
        return Antwoordbericht.IN_ONDERZOEK.equals(bericht.verzoekAntwoord())
                        && !stand.eerdereAntwoorden().isEmpty()
                ? List.of(Finding.crossMessage(
                        "TR360",
                        "9360",
                        "The request was already answered, so it cannot be put in onderzoek now",
                        Antwoordbericht.ANTWOORD))
                : List.of();
    }
}
