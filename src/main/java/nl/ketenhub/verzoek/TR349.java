package nl.ketenhub.verzoek;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * TR349 (retourcode 9349; 317): the VOW names every current ("actueel" on its Dagtekening)
 * toewijzing of the client at this aanbieder, as OngewijzigdProduct or TeWijzigenProduct.
 */
final class TR349 {

    private TR349() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        Set<Long> genoemd = new HashSet<>(bericht.ongewijzigd());
        bericht.teWijzigen().forEach(p -> genoemd.add(p.toewijzingNummer()));
        List<Long> missing = stand.toewijzingen().values().stream()
                .filter(t -> t.isActueelOp(bericht.header().dagtekening()))
                .map(HuidigeToewijzing::nummer)
                .filter(n -> !genoemd.contains(n))
                .sorted()
                .toList();
        return missing.isEmpty()
                ? List.of()
                : List.of(Finding.crossMessage(
                        "TR349",
                        "9349",
                        "The VOW does not name the current toewijzing(en) " + missing,
                        VerzoekOmWijziging.VERZOEK));
    }
}
