package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR384 (9384): no claim on a toewijzing that was deleted (RedenWijziging 13). */
final class TR384 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        if (zaak.versie() == null || !zaak.versie().isVerwijderd()) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR384", "9384", zaak, "the toewijzing was deleted (RedenWijziging 13)");
    }
}
