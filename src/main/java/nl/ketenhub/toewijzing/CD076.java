package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD076: Einddatum is mandatory when Omvang/Frequentie is 2 (per week). */
final class CD076 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD076",
                p -> "2".equals(Rules301.frequentie(p)) && p.einddatum() == null,
                p -> Rules301.describe(p) + " has Frequentie 2 (per week) but no Einddatum");
    }
}
