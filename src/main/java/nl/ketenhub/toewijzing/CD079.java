package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD079: Product is mandatory when there is no Budget (only a generic toewijzing lacks it). */
final class CD079 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD079",
                p -> p.budget() == null && p.product() == null,
                p -> Rules301.describe(p) + " has neither a Product nor a Budget");
    }
}
