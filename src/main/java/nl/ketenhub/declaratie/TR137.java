package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR137: a closed period ends on or after its start and not after the DeclaratieDagtekening
 * (DeclaratiePeriode and every ProductPeriode).
 */
final class TR137 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        if (wrong(bericht.periodeBegin(), bericht.periodeEind(), bericht.dagtekening())) {
            findings.add(Finding.content(
                    "TR137",
                    "DeclaratiePeriode ends before it starts or after the DeclaratieDagtekening",
                    Declaratiebericht.DECLARATIE));
        }
        findings.addAll(Rules323.perPrestatie(
                bericht,
                "TR137",
                p -> wrong(p.begin(), p.eind(), bericht.dagtekening()),
                p -> p.describe() + ": ProductPeriode ends before it starts or after the DeclaratieDagtekening"));
        return findings;
    }

    private static boolean wrong(LocalDate begin, LocalDate eind, LocalDate dagtekening) {
        return eind.isBefore(begin) || eind.isAfter(dagtekening);
    }
}
