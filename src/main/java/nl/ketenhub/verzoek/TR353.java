package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR353 (317): a VOW asks for something: at least one TeWijzigenProduct or NieuwProduct. */
final class TR353 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        if (!bericht.teWijzigen().isEmpty() || !bericht.nieuw().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.content(
                "TR353", "The VOW has neither a TeWijzigenProduct nor a NieuwProduct", VerzoekOmWijziging.VERZOEK));
    }
}
