package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD077 (315, 317): Omvang stays empty when Budget is filled. */
final class CD077 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD077",
                r -> r.budget() != null && r.omvang() != null,
                r -> r.naam() + " has a Budget, so Omvang must be empty");
    }
}
