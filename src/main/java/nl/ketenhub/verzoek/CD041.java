package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD041 (315, 317 NieuwProduct): Omvang is mandatory when Product/Code is filled. */
final class CD041 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CD041",
                r -> r.hasCode() && r.omvang() == null,
                r -> r.naam() + " has a Product/Code but no Omvang");
    }
}
