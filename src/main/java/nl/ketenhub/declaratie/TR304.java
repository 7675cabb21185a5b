package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR304 (8187), prestatie part: the referenced toewijzing belongs to the client of the Bsn. */
final class TR304 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        if (zaak.versie() == null || zaak.toewijzing().clientId().equals(zaak.clientId())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR304", "8187", zaak, "the toewijzing belongs to another client");
    }
}
