package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CD080: no Omvang without a Product/Code, for toewijzingen with an Einddatum after 2020-12-31 or
 * without an Einddatum.
 */
final class CD080 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CD080",
                p -> p.omvang() != null && !Rules301.hasCode(p) && Rules301.runsAfter2020(p),
                p -> Rules301.describe(p) + " has an Omvang but no Product/Code");
    }
}
