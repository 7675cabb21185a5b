package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CS336: RedenWijziging 01 may no longer be used. */
final class CS336 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CS336",
                p -> "01".equals(p.redenWijziging()),
                p -> Rules301.describe(p) + " uses RedenWijziging 01, which is not allowed");
    }
}
