package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR365 (retourcode 9365; 319): after an answer "1 afgewezen" no further answer follows. */
final class TR365 {

    private TR365() {}

    static List<Finding> check(Antwoordbericht bericht, Stand319 stand) {
        return stand.eerdereAntwoorden().contains(Antwoordbericht.AFGEWEZEN)
                ? List.of(Finding.crossMessage(
                        "TR365", "9365", "The request was already rejected", Antwoordbericht.ANTWOORD))
                : List.of();
    }
}
