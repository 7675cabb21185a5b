package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/** TR315: a VorigReferentieNummer occurs at most once in a 323. */
final class TR315 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        Set<String> seen = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Rules323.At at : Rules323.prestaties(bericht)) {
            String vorig = at.prestatie().vorigReferentieNummer();
            if (vorig != null && !seen.add(vorig)) {
                findings.add(Finding.content(
                        "TR315", at.prestatie().describe() + ": VorigReferentieNummer occurs twice", at.path()));
            }
        }
        return findings;
    }
}
