package nl.ketenhub.declaratie;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenhub.bericht.Finding;

/** TR316: a credit may not credit a debit of the same message. */
final class TR316 implements DeclaratieRule {

    @Override
    public List<Finding> check(Declaratiebericht bericht) {
        Set<String> debits = Rules323.prestaties(bericht).stream()
                .map(Rules323.At::prestatie)
                .filter(p -> !p.isCredit())
                .map(Declaratiebericht.Prestatie::referentieNummer)
                .collect(Collectors.toSet());
        return Rules323.perPrestatie(
                bericht,
                "TR316",
                p -> p.isCredit() && debits.contains(p.vorigReferentieNummer()),
                p -> p.describe() + ": credits a debit of the same declaration");
    }
}
