package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS325: an amount of zero is a debit (D), both in TotaalIngediendBedrag and in IngediendBedrag. */
final class CS325 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        if (bericht.totaalIngediendBedrag() == 0 && !"D".equals(bericht.totaalDebetCredit())) {
            findings.add(Finding.content("CS325", "TotaalIngediendBedrag 0 must be D", Declaratiebericht.DECLARATIE));
        }
        findings.addAll(Rules323.perPrestatie(
                bericht,
                "CS325",
                p -> p.bedrag() == 0 && p.isCredit(),
                p -> p.describe() + ": IngediendBedrag 0 must be D"));
        return findings;
    }
}
