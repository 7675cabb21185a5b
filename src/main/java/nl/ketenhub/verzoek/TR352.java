package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR352 (317): a VOW names at least one OngewijzigdProduct or TeWijzigenProduct (it changes an
 * existing package; a client without toewijzingen gets a 315).
 */
final class TR352 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        if (!bericht.ongewijzigd().isEmpty() || !bericht.teWijzigen().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.content(
                "TR352",
                "The VOW has neither an OngewijzigdProduct nor a TeWijzigenProduct",
                VerzoekOmWijziging.VERZOEK));
    }
}
