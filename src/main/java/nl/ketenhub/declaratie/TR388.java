package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR388 (9388): the ProductPeriode ends on the last day of the month, or on the toewijzing's
 * Einddatum when that is earlier in the month.
 */
final class TR388 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null) {
            return Optional.empty();
        }
        LocalDate last = YearMonth.from(zaak.prestatie().eind()).atEndOfMonth();
        LocalDate expected = v.einde() != null && v.einde().isBefore(last) ? v.einde() : last;
        if (zaak.prestatie().eind().equals(expected)) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR388", "9388", zaak, "ProductPeriode should end on " + expected);
    }
}
