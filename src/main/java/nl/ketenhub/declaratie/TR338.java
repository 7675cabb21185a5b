package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR338 (9338): the prestatie's ToewijzingNummer refers to a toewijzing of this gemeente, sent to
 * this aanbieder and not rejected by it (OP095, OP286).
 */
final class TR338 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        if (zaak.versie() != null) {
            return Optional.empty();
        }
        return PrestatieRule.cross(
                "TR338",
                "9338",
                zaak,
                "ToewijzingNummer " + zaak.prestatie().toewijzingNummer() + " is not a toewijzing of this aanbieder");
    }
}
