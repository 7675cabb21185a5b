package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR308 (9308): the ProductPeriode ends within Ingangsdatum-Einddatum of the current toewijzing version. */
final class TR308 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null || TR307.within(v, zaak.prestatie().eind())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR308", "9308", zaak, "ProductPeriode ends outside the toewijzing");
    }
}
