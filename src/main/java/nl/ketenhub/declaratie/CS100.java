package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS100: DeclaratiePeriode and every ProductPeriode start on or after 2021-01-01. */
final class CS100 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        if (bericht.periodeBegin().isBefore(Rules323.FIRST_DAY_OF_2021)) {
            findings.add(Finding.content(
                    "CS100", "DeclaratiePeriode starts before 2021-01-01", Declaratiebericht.DECLARATIE));
        }
        findings.addAll(Rules323.perPrestatie(
                bericht,
                "CS100",
                p -> p.begin().isBefore(Rules323.FIRST_DAY_OF_2021),
                p -> p.describe() + ": ProductPeriode starts before 2021-01-01"));
        return findings;
    }
}
