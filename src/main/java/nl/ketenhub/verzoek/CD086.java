package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD086 (319): RedenAfwijzingVerzoek stays empty unless VerzoekAntwoord is 1 (afgewezen). */
final class CD086 implements ContentRule<Antwoordbericht> {

    @Override
    public List<Finding> check(Antwoordbericht bericht) {
        if (!bericht.isAfwijzing() && bericht.redenAfwijzingVerzoek() != null) {
            return List.of(Finding.content(
                    "CD086", "RedenAfwijzingVerzoek is only allowed with VerzoekAntwoord 1", Antwoordbericht.ANTWOORD));
        }
        return List.of();
    }
}
