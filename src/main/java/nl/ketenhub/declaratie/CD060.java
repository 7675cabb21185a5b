package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD060: VorigReferentieNummer is filled if and only if the prestatie is a credit. */
final class CD060 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        return Rules323.perPrestatie(
                bericht,
                "CD060",
                p -> p.isCredit() != (p.vorigReferentieNummer() != null),
                p -> p.describe() + ": VorigReferentieNummer must be filled for a credit and only for a credit");
    }
}
