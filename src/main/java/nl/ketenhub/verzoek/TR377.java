package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;

/**
 * TR377 (JW319): RedenAfwijzingVerzoek 8 (woonplaatsbeginsel) needs Woonplaatsbeginsel/Gemeente, the
 * gemeente responsible. iWmo has no Woonplaatsbeginsel class, so the rule is iJw only.
 */
final class TR377 implements ContentRule<Antwoordbericht> {

    @Override
    public List<Finding> check(Antwoordbericht bericht) {
        if (bericht.header().type().standaard() == Standaard.IJW
                && "8".equals(bericht.redenAfwijzingVerzoek())
                && bericht.woonplaatsbeginselGemeente() == null) {
            return List.of(Finding.content(
                    "TR377", "RedenAfwijzingVerzoek 8 needs Woonplaatsbeginsel/Gemeente", Antwoordbericht.ANTWOORD));
        }
        return List.of();
    }
}
