package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.referentie.TR378;
import nl.ketenhub.referentie.TR381;
import org.springframework.stereotype.Component;

/**
 * The level 4 rules of a 301 that need reference data: TR378 (S300) for the gemeente in the header
 * on the Ingangsdatum of every product, reported once on the Header (IV028 §4.2 item 4), and TR381
 * (S329) for the code of every product in the gemeente's product code list.
 */
@Component
class ExternalSources301 {

    private final TR378 tr378;
    private final TR381 tr381;

    ExternalSources301(TR378 tr378, TR381 tr381) {
        this.tr378 = tr378;
        this.tr381 = tr381;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        String gemeente = bericht.header().afzender();
        Standaard wet = bericht.header().type().standaard();
        List<Finding> findings = new ArrayList<>();
        bericht.producten().stream()
                .map(product -> tr378.check(gemeente, product.ingangsdatum(), "Header"))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(findings::add);
        for (int i = 0; i < bericht.producten().size(); i++) {
            tr381.check(gemeente, wet, bericht.producten().get(i).product(), Toewijzingbericht.productPath(i))
                    .ifPresent(findings::add);
        }
        return findings;
    }
}
