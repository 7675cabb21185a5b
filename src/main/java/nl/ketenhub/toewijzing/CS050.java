package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * CS050: NaamGebruik fits the name: with a Partnernaam only 1 to 4, without one only 1 or 6. For
 * the client and every relatie.
 */
final class CS050 implements Toewijzing301Rule {

    private static final Set<String> WITH_PARTNERNAAM = Set.of("1", "2", "3", "4");
    private static final Set<String> WITHOUT_PARTNERNAAM = Set.of("1", "6");

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        List<Finding> findings = new ArrayList<>();
        check(bericht.naam(), "Client", findings);
        for (int i = 0; i < bericht.relaties().size(); i++) {
            check(bericht.relaties().get(i).naam(), Toewijzingbericht.relatiePath(i), findings);
        }
        return findings;
    }

    private static void check(Naam naam, String path, List<Finding> findings) {
        if (naam == null) {
            return;
        }
        Set<String> allowed = naam.heeftPartnernaam() ? WITH_PARTNERNAAM : WITHOUT_PARTNERNAAM;
        if (!allowed.contains(naam.naamGebruik())) {
            findings.add(Finding.content(
                    "CS050",
                    "NaamGebruik " + naam.naamGebruik() + (naam.heeftPartnernaam() ? " with" : " without")
                            + " a Partnernaam",
                    path));
        }
    }
}
