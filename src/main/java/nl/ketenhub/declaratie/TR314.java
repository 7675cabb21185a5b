package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR314 (8021): a ReferentieNummer is used once per aanbieder and domain, over all 323s. */
final class TR314 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        if (!zaak.log().ingediend().contains(zaak.prestatie().referentieNummer())) {
            return Optional.empty();
        }
        return PrestatieRule.cross("TR314", "8021", zaak, "ReferentieNummer was submitted before");
    }
}
