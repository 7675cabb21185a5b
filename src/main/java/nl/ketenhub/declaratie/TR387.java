package nl.ketenhub.declaratie;

import java.time.LocalDate;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR387 (9387): the ProductPeriode starts on the 1st of the month, or on the toewijzing's
 * Ingangsdatum when that is later in the month.
 */
final class TR387 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null) {
            return Optional.empty();
        }
        LocalDate first = zaak.prestatie().begin().withDayOfMonth(1);
        LocalDate expected = v.ingang().isAfter(first) ? v.ingang() : first;
        if (zaak.prestatie().begin().equals(expected)) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR387", "9387", zaak, "ProductPeriode should start on " + expected);
    }
}
