package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD076 (315, 317): an end date is mandatory when Omvang/Frequentie is 2 (per week). */
final class CD076 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD076",
                r -> "2".equals(r.frequentie()) && r.eind() == null,
                r -> r.naam() + " has Frequentie 2 (per week) but no end date");
    }
}
