package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import nl.ketenhub.bericht.Finding;

/**
 * Runs a level 3 check on every TeWijzigenProduct whose toewijzing the hub knows (an unknown one is
 * TR351's finding).
 */
final class TeWijzigen {

    private TeWijzigen() {}

    static List<Finding> perProduct(
            VerzoekOmWijziging bericht,
            Stand317 stand,
            String rule,
            String retourCode,
            BiPredicate<TeWijzigenProduct, HuidigeToewijzing> fault,
            String message) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.teWijzigen().size(); i++) {
            TeWijzigenProduct product = bericht.teWijzigen().get(i);
            HuidigeToewijzing toewijzing = stand.toewijzingen().get(product.toewijzingNummer());
            if (toewijzing != null && fault.test(product, toewijzing)) {
                findings.add(Finding.crossMessage(
                        rule,
                        retourCode,
                        "TeWijzigenProduct " + product.toewijzingNummer() + ": " + message,
                        VerzoekOmWijziging.teWijzigenPath(i)));
            }
        }
        return findings;
    }

    /** TR375/TR412 apply when the requested Einddatum lies after 2020-12-31 or is empty. */
    static boolean runsAfter2020(TeWijzigenProduct product) {
        return product.einddatum() == null || product.einddatum().isAfter(ProductRegel.LAST_DAY_OF_2020);
    }
}
