package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * TR101: no duplicate logical keys in a 323: a client (Bsn) occurs once, and a ProductReferentie
 * (ReferentieNummer) once in the whole declaration.
 */
final class TR101 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        Set<String> bsns = new HashSet<>();
        for (int c = 0; c < bericht.clienten().size(); c++) {
            if (!bsns.add(bericht.clienten().get(c).bsn())) {
                findings.add(Finding.content(
                        "TR101", "The client occurs twice in the declaration", Declaratiebericht.clientPath(c)));
            }
        }
        Set<String> referenties = new HashSet<>();
        for (Rules323.At at : Rules323.prestaties(bericht)) {
            if (!referenties.add(at.prestatie().referentieNummer())) {
                findings.add(Finding.content(
                        "TR101", at.prestatie().describe() + ": ReferentieNummer occurs twice", at.path()));
            }
        }
        return findings;
    }
}
