package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR339 (9339): the ProductCategorie equals the toewijzing's category, when it assigns one. */
final class TR339 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null
                || v.product() == null
                || v.product().categorie().equals(zaak.prestatie().productCategorie())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR339", "9339", zaak, "ProductCategorie differs from the toewijzing");
    }
}
