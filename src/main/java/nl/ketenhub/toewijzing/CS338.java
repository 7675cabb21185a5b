package nl.ketenhub.toewijzing;

import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * CS338: Eenheid 14, 16, 83 or 84 needs Frequentie 2, 4 or 6, for toewijzingen with an Einddatum
 * after 2020-12-31 or without an Einddatum.
 */
final class CS338 implements Toewijzing301Rule {

    private static final Set<String> EENHEDEN = Set.of("14", "16", "83", "84");
    private static final Set<String> FREQUENTIES = Set.of("2", "4", "6");

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.perProduct(
                bericht,
                "CS338",
                p -> p.omvang() != null
                        && EENHEDEN.contains(String.valueOf(p.omvang().eenheid()))
                        && !FREQUENTIES.contains(String.valueOf(p.omvang().frequentie()))
                        && Rules301.runsAfter2020(p),
                p -> Rules301.describe(p) + " has Eenheid " + Rules301.eenheid(p)
                        + ", which needs Frequentie 2, 4 or 6");
    }
}
