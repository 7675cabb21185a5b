package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR335: a ProductPeriode ends at most 5 years before the DeclaratieDagtekening. */
final class TR335 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        return Rules323.perPrestatie(
                bericht,
                "TR335",
                p -> p.eind().isBefore(bericht.dagtekening().minusYears(5)),
                p -> p.describe() + ": ProductPeriode ends more than 5 years before the DeclaratieDagtekening");
    }
}
