package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR409 (JW319): Woonplaatsbeginsel is only filled with RedenAfwijzingVerzoek 8. */
final class TR409 implements ContentRule<Antwoordbericht> {

    @Override
    public List<Finding> check(Antwoordbericht bericht) {
        if (bericht.woonplaatsbeginselGemeente() != null && !"8".equals(bericht.redenAfwijzingVerzoek())) {
            return List.of(Finding.content(
                    "TR409",
                    "Woonplaatsbeginsel is only allowed with RedenAfwijzingVerzoek 8",
                    Antwoordbericht.ANTWOORD + "/Woonplaatsbeginsel"));
        }
        return List.of();
    }
}
