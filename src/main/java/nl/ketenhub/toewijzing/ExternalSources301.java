package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.referentie.ReferentieRules;
import org.springframework.stereotype.Component;

/**
 * The level 4 rules of a 301 that need reference data: TR378 (S300) for the gemeente in the header
 * on the Ingangsdatum of every product, reported once on the Header (IV028 §4.2 item 4), and TR381
 * (S329) for the code of every product in the gemeente's product code list.
 */
@Component
class ExternalSources301 {

    private final ReferentieRules rules;

    ExternalSources301(ReferentieRules rules) {
        this.rules = rules;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        return rules.check(
                bericht.header().afzender(),
                bericht.header().type().standaard(),
                bericht.producten().stream()
                        .map(ToegewezenProduct::ingangsdatum)
                        .toList(),
                bericht.producten().stream().map(ToegewezenProduct::product).toList(),
                Toewijzingbericht::productPath);
    }
}
