package nl.ketenhub.declaratie;

import java.time.YearMonth;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS340: the DeclaratiePeriode is exactly one calendar month (the 1st to its last day). */
final class CS340 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        YearMonth month = YearMonth.from(bericht.periodeBegin());
        if (bericht.periodeBegin().equals(month.atDay(1))
                && bericht.periodeEind().equals(month.atEndOfMonth())) {
            return List.of();
        }
        return List.of(Finding.content(
                "CS340", "DeclaratiePeriode is not exactly one calendar month", Declaratiebericht.DECLARATIE));
    }
}
