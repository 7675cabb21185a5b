package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR390 (9390): a ProductReferentie is credited at most once. */
final class TR390 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Declaratiebericht.Prestatie p = zaak.prestatie();
        if (!p.isCredit() || !zaak.log().gecrediteerd().contains(p.vorigReferentieNummer())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR390", "9390", zaak, "the debit was credited before");
    }
}
