package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS337: a ProductPeriode lies within one calendar month. */
final class CS337 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        return Rules323.perPrestatie(
                bericht,
                "CS337",
                p -> !Rules323.withinOneMonth(p.begin(), p.eind()),
                p -> p.describe() + ": ProductPeriode spans more than one calendar month");
    }
}
