package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD041: Omvang is mandatory when Product/Code is filled (a specific toewijzing). */
final class CD041 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD041",
                p -> Rules301.hasCode(p) && p.omvang() == null,
                p -> Rules301.describe(p) + " has a Product/Code but no Omvang");
    }
}
