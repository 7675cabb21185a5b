package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR340 (9340): the ProductCode equals the toewijzing's code, when it assigns one. */
final class TR340 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null
                || v.product() == null
                || v.product().code() == null
                || v.product().code().equals(zaak.prestatie().productCode())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR340", "9340", zaak, "ProductCode differs from the toewijzing");
    }
}
