package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR323 (8017): a credit refers through VorigReferentieNummer to an earlier approved debit. */
final class TR323 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Declaratiebericht.Prestatie p = zaak.prestatie();
        if (!p.isCredit() || zaak.log().toegekendeDebets().contains(p.vorigReferentieNummer())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR323", "8017", zaak, "credits no approved debit");
    }
}
