package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS339: with Eenheid 83 (euro's) the IngediendBedrag equals the GeleverdVolume. */
final class CS339 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        return Rules323.perPrestatie(
                bericht,
                "CS339",
                p -> "83".equals(p.eenheid()) && p.bedrag() != p.geleverdVolume(),
                p -> p.describe() + ": Eenheid 83 but IngediendBedrag differs from GeleverdVolume");
    }
}
