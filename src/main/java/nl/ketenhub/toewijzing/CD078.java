package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD078: Budget stays empty when Omvang is filled. */
final class CD078 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD078",
                p -> p.omvang() != null && p.budget() != null,
                p -> Rules301.describe(p) + " has an Omvang, so Budget must be empty");
    }
}
