package nl.ketenhub.toewijzing;

import java.util.List;
import java.util.Objects;
import nl.ketenhub.bericht.Finding;

/** CS335: RedenWijziging 13 (sent in error) only with Einddatum equal to Ingangsdatum. */
final class CS335 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CS335",
                p -> "13".equals(p.redenWijziging()) && !Objects.equals(p.einddatum(), p.ingangsdatum()),
                p -> Rules301.describe(p) + " has RedenWijziging 13 but Einddatum differs from Ingangsdatum");
    }
}
