package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR319 (9319): the ProductPeriode lies in the current or an earlier DeclaratiePeriode. */
final class TR319 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        if (!zaak.prestatie().eind().isAfter(zaak.bericht().periodeEind())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR319", "9319", zaak, "ProductPeriode ends after the DeclaratiePeriode");
    }
}
