package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * TR383 (315): every AangevraagdProduct has its own ReferentieAanbieder; the second and later
 * occurrences are the classes in error. (This is also the 315's TR101 key.)
 */
final class TR383 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            String referentie = bericht.producten().get(i).referentieAanbieder();
            if (!seen.add(referentie)) {
                findings.add(Finding.content(
                        "TR383",
                        "ReferentieAanbieder " + referentie + " occurs more than once in the request",
                        VerzoekOmToewijzing.productPath(i)));
            }
        }
        return findings;
    }
}
