package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD075 (315, 317): an end date is mandatory when Budget is filled. */
final class CD075 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD075",
                r -> r.budget() != null && r.eind() == null,
                r -> r.naam() + " has a Budget but no end date");
    }
}
