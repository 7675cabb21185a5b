package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS058: StatusAanlevering of a start or stop is 1 (eerste aanlevering) or 3 (verwijderen). The
 * XSD also allows 2 and 9 (COD467); corrections are a deletion plus a new class (OP033x2).
 */
final class CS058 implements RegieRule {

    @Override
    public List<Finding> check(Regiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.klassen().size(); i++) {
            RegieKlasse klasse = bericht.klassen().get(i);
            if (!klasse.isAanlevering() && !klasse.isVerwijdering()) {
                findings.add(Finding.content(
                        "CS058",
                        "StatusAanlevering " + klasse.statusAanlevering() + " is not allowed; only 1 or 3",
                        bericht.klassePath(i)));
            }
        }
        return findings;
    }
}
