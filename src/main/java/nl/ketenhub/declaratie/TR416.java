package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/** TR416: no two debits for the same ProductPeriode, category, code and toewijzing in one 323. */
final class TR416 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        Set<List<Object>> seen = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        for (Rules323.At at : Rules323.prestaties(bericht)) {
            Declaratiebericht.Prestatie p = at.prestatie();
            if (p.isCredit()) {
                continue;
            }
            List<Object> key =
                    List.of(p.begin(), p.eind(), p.productCategorie(), p.productCode(), p.toewijzingNummer());
            if (!seen.add(key)) {
                findings.add(Finding.content(
                        "TR416",
                        p.describe() + ": a second debit for the same period, product and toewijzing",
                        at.path()));
            }
        }
        return findings;
    }
}
