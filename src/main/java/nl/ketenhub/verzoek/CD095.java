package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CD095 (315, the AangevraagdProduct form of the 301's CD080): no Omvang without a Product/Code, for
 * lines with a ToewijzingEinddatum after 2020-12-31 or without one.
 */
final class CD095 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD095",
                Regels::omvangZonderCode,
                r -> r.naam() + " has an Omvang but no Product/Code");
    }
}
