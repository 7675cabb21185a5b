package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR347 (retourcode 9347; 315, 317): a ReferentieAanbieder is unique for the aanbieder within the
 * legal domain, over time: a reference used by an earlier accepted request may not come back.
 */
final class TR347 {

    private TR347() {}

    static List<Finding> check(VerzoekOmToewijzing bericht, Stand315 stand) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            String referentie = bericht.producten().get(i).referentieAanbieder();
            if (stand.bekendeReferenties().contains(referentie)) {
                findings.add(finding(referentie, VerzoekOmToewijzing.productPath(i)));
            }
        }
        return findings;
    }

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        return stand.referentieBekend()
                ? List.of(finding(bericht.referentieAanbieder(), VerzoekOmWijziging.VERZOEK))
                : List.of();
    }

    private static Finding finding(String referentie, String path) {
        return Finding.crossMessage(
                "TR347", "9347", "ReferentieAanbieder " + referentie + " was already used in an earlier request", path);
    }
}
