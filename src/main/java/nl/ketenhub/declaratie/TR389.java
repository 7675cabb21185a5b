package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR389 (9389): a new debit for a period, product and toewijzing that already has an approved debit
 * is allowed only after that debit was credited (possibly by a credit in the same 323, IV091).
 */
final class TR389 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Declaratiebericht.Prestatie p = zaak.prestatie();
        if (p.isCredit() || zaak.versie() == null) {
            return Optional.empty();
        }
        boolean claimed = zaak.toewijzing().toegekend().stream()
                .anyMatch(c -> c.overlaps(p.begin(), p.eind())
                        && c.productCategorie().equals(p.productCategorie())
                        && c.productCode().equals(p.productCode()));
        if (!claimed) {
            return Optional.empty();
        }
        return PrestatieRule.cross(
                "TR389", "9389", zaak, "this period, product and toewijzing already have an approved debit");
    }
}
