package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS338 (317): Eenheid 14, 16, 83 or 84 needs Frequentie 2, 4 or 6 in a TeWijzigenProduct or
 * NieuwProduct with an Einddatum after 2020-12-31 or without one.
 */
final class CS338 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CS338",
                Regels::eenheidPerDag,
                r -> r.naam() + " has Eenheid " + r.eenheid() + ", which needs Frequentie 2, 4 or 6");
    }
}
