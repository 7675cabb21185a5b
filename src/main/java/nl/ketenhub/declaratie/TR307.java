package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR307 (9307): the ProductPeriode starts within Ingangsdatum-Einddatum of the current toewijzing version. */
final class TR307 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null || within(v, zaak.prestatie().begin())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR307", "9307", zaak, "ProductPeriode starts outside the toewijzing");
    }

    static boolean within(Versie v, java.time.LocalDate day) {
        return !day.isBefore(v.ingang()) && (v.einde() == null || !day.isAfter(v.einde()));
    }
}
