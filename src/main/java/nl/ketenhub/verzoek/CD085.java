package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD085 (319): RedenAfwijzingVerzoek is mandatory when VerzoekAntwoord is 1 (afgewezen). */
final class CD085 implements ContentRule<Antwoordbericht> {

    @Override
    public List<Finding> check(Antwoordbericht bericht) {
        if (bericht.isAfwijzing() && bericht.redenAfwijzingVerzoek() == null) {
            return List.of(Finding.content(
                    "CD085", "VerzoekAntwoord 1 needs a RedenAfwijzingVerzoek", Antwoordbericht.ANTWOORD));
        }
        return List.of();
    }
}
