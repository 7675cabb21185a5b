package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * TR101: no two classes of the message share a logical key (§2.13): a StartProduct's ToewijzingNummer,
 * Product and Begindatum; a StopProduct's also RedenBeeindiging and Einddatum (IV008). StatusAanlevering
 * is not part of the key, so a deletion and a new class with the same key cannot share a message. The
 * second and later occurrences are the classes in error.
 */
final class TR101 implements RegieRule {

    @Override
    public List<Finding> check(Regiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        for (int i = 0; i < bericht.klassen().size(); i++) {
            RegieKlasse klasse = bericht.klassen().get(i);
            if (!keys.add(klasse.key())) {
                findings.add(Finding.content(
                        "TR101",
                        "The " + klasse.startKey() + " occurs more than once with the same key",
                        bericht.klassePath(i)));
            }
        }
        return findings;
    }
}
