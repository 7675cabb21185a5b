package nl.ketenhub.retour;

import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.BerichtType;

/**
 * The berichtklassen of each retour: the elements that carry their own {@code RetourCodes} as last
 * child (taken from the published iJw retour XSDs; iWmo mirrors them, without Woonplaatsbeginsel).
 */
final class RetourKlassen {

    private static final Map<Integer, Set<String>> BY_RETOUR = Map.of(
            302, Set.of("Client", "Relatie", "Contact", "ToegewezenProduct"),
            306, Set.of("Client", "StartProduct"),
            308, Set.of("Client", "StopProduct"),
            316, Set.of("Client", "AangevraagdProduct"),
            318, Set.of("Client", "Verzoek", "OngewijzigdProduct", "TeWijzigenProduct", "NieuwProduct"),
            320, Set.of("Antwoord", "Woonplaatsbeginsel"));

    private RetourKlassen() {}

    /** Local names of the class elements of the given retour. */
    static Set<String> of(BerichtType retour) {
        Set<String> klassen = BY_RETOUR.get(retour.nummer());
        if (klassen == null) {
            throw new IllegalArgumentException(retour + " is not a retour with berichtklassen");
        }
        return klassen;
    }
}
