package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * TR101 (317): no duplicate logical keys: a ToewijzingNummer occurs once among the Ongewijzigde and
 * TeWijzigen products together, and (Product, GewensteIngangsdatum) once among the NieuweProducten.
 * The second and later occurrences are the classes in error. (The 315's key is checked by TR383.)
 */
final class TR101 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        List<Finding> findings = new ArrayList<>();
        Set<Long> nummers = new HashSet<>();
        for (int i = 0; i < bericht.ongewijzigd().size(); i++) {
            long nummer = bericht.ongewijzigd().get(i);
            if (!nummers.add(nummer)) {
                findings.add(duplicate(nummer, VerzoekOmWijziging.ongewijzigdPath(i)));
            }
        }
        for (int i = 0; i < bericht.teWijzigen().size(); i++) {
            long nummer = bericht.teWijzigen().get(i).toewijzingNummer();
            if (!nummers.add(nummer)) {
                findings.add(duplicate(nummer, VerzoekOmWijziging.teWijzigenPath(i)));
            }
        }
        Set<List<Object>> nieuw = new HashSet<>();
        for (int i = 0; i < bericht.nieuw().size(); i++) {
            NieuwProduct product = bericht.nieuw().get(i);
            if (!nieuw.add(Arrays.asList(product.product(), product.gewensteIngangsdatum()))) {
                findings.add(Finding.content(
                        "TR101",
                        "NieuwProduct " + (i + 1) + " repeats the Product and GewensteIngangsdatum of another",
                        VerzoekOmWijziging.nieuwPath(i)));
            }
        }
        return findings;
    }

    private static Finding duplicate(long nummer, String path) {
        return Finding.content("TR101", "ToewijzingNummer " + nummer + " occurs more than once in the VOW", path);
    }
}
