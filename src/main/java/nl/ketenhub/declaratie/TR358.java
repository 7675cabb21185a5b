package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR358: TotaalIngediendBedrag (with its sign) = Σ debit IngediendBedrag − Σ credit IngediendBedrag. */
final class TR358 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        long sum = Rules323.prestaties(bericht).stream()
                .mapToLong(at -> at.prestatie().signedBedrag())
                .sum();
        if (sum == bericht.signedTotaal()) {
            return List.of();
        }
        return List.of(Finding.content(
                "TR358",
                "TotaalIngediendBedrag " + bericht.signedTotaal() + " differs from the sum of the prestaties " + sum,
                Declaratiebericht.DECLARATIE));
    }
}
