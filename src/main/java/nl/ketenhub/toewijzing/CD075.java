package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD075: Einddatum is mandatory when Budget is filled. */
final class CD075 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD075",
                p -> p.budget() != null && p.einddatum() == null,
                p -> Rules301.describe(p) + " has a Budget but no Einddatum");
    }
}
