package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ketenhub.bericht.Finding;

/** One content finding for every AangevraagdProduct of a 315 that shows the fault. */
final class Producten315 {

    private Producten315() {}

    static List<Finding> perProduct(
            VerzoekOmToewijzing bericht,
            String rule,
            Predicate<AangevraagdProduct> fault,
            Function<Integer, String> message) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            if (fault.test(bericht.producten().get(i))) {
                findings.add(Finding.content(rule, message.apply(i + 1), VerzoekOmToewijzing.productPath(i)));
            }
        }
        return findings;
    }
}
