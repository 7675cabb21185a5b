package nl.ketenhub.referentie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Product;
import org.springframework.stereotype.Component;

/**
 * The level 4 rules on reference data as a message family applies them: TR378 (S300) for the
 * gemeentecode on every relevant date, reported once on the {@code Header} (IV028 §4.2 item 4), and
 * TR381 (S329) for every product on the path of its class. The family decides which gemeente,
 * dates and products count (README, "Which date TR378 uses").
 */
@Component
public final class ReferentieRules {

    private final TR378 tr378;
    private final TR381 tr381;

    public ReferentieRules(TR378 tr378, TR381 tr381) {
        this.tr378 = tr378;
        this.tr381 = tr381;
    }

    /**
     * @param products the products of the message's classes, in order; null entries (generic
     *     toewijzingen) pass
     * @param path the path of the class of the product at that index
     */
    public List<Finding> check(
            String gemeente,
            Standaard wet,
            Collection<LocalDate> dates,
            List<Product> products,
            IntFunction<String> path) {
        List<Finding> findings = new ArrayList<>();
        dates.stream()
                .map(date -> tr378.check(gemeente, date, "Header"))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(findings::add);
        for (int i = 0; i < products.size(); i++) {
            tr381.check(gemeente, wet, products.get(i), path.apply(i)).ifPresent(findings::add);
        }
        return findings;
    }
}
