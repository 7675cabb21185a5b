package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD078 (315, 317): Budget stays empty when Omvang is filled. */
final class CD078 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD078",
                r -> r.omvang() != null && r.budget() != null,
                r -> r.naam() + " has an Omvang, so Budget must be empty");
    }
}
