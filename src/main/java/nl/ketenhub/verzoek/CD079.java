package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CD079 (315, 317 NieuwProduct): Product is mandatory when there is no Budget. A TeWijzigenProduct
 * names no Product (its toewijzing does) and is left out.
 */
final class CD079 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD079",
                r -> r.heeftProductElement() && r.budget() == null && r.product() == null,
                r -> r.naam() + " has neither a Product nor a Budget");
    }
}
