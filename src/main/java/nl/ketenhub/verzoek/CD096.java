package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CD096 (317, the NieuwProduct form of the 301's CD080): no Omvang without a Product/Code, for
 * products with an Einddatum after 2020-12-31 or without one. For a TeWijzigenProduct the product
 * is that of its toewijzing: TR375/TR412 (level 3).
 */
final class CD096 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD096",
                Regels::omvangZonderCode,
                r -> r.naam() + " has an Omvang but no Product/Code");
    }
}
