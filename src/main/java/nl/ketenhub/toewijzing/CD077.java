package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD077: Omvang stays empty when Budget is filled. */
final class CD077 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD077",
                p -> p.budget() != null && p.omvang() != null,
                p -> Rules301.describe(p) + " has a Budget, so Omvang must be empty");
    }
}
