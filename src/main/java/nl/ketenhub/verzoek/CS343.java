package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS343 (315): Eenheid 14, 16, 83 or 84 needs Frequentie 2, 4 or 6, for lines with a
 * ToewijzingEinddatum after 2020-12-31 or without one.
 */
final class CS343 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CS343",
                Regels::eenheidPerDag,
                r -> r.naam() + " has Eenheid " + r.eenheid() + ", which needs Frequentie 2, 4 or 6");
    }
}
