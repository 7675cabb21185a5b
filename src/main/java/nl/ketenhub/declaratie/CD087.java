package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD087: ProductTarief is filled when Eenheid is not 83, and empty when it is 83. */
final class CD087 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        return Rules323.perPrestatie(
                bericht,
                "CD087",
                p -> "83".equals(p.eenheid()) == (p.productTarief() != null),
                p -> p.describe() + ": ProductTarief must be " + ("83".equals(p.eenheid()) ? "empty" : "filled")
                        + " for Eenheid " + p.eenheid());
    }
}
