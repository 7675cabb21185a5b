package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.referentie.ReferentieRules;
import org.springframework.stereotype.Component;

/**
 * TR378 (S300) and TR381 (S329) for requests and answers. The gemeente is the Ontvanger of a
 * 315/317 and the Afzender of a 319. TR378's date: the ToewijzingIngangsdatum of every
 * AangevraagdProduct (315), the Dagtekening otherwise (317, 319). TR381: the Product of every
 * AangevraagdProduct (315) and NieuwProduct (317); a TeWijzigenProduct names no product.
 */
@Component
class VerzoekReferenties {

    private final ReferentieRules rules;

    VerzoekReferenties(ReferentieRules rules) {
        this.rules = rules;
    }

    List<Finding> voor315(VerzoekOmToewijzing bericht) {
        BerichtHeader header = bericht.header();
        return rules.check(
                header.ontvanger(),
                header.type().standaard(),
                bericht.producten().stream()
                        .map(AangevraagdProduct::toewijzingIngangsdatum)
                        .toList(),
                bericht.producten().stream().map(AangevraagdProduct::product).toList(),
                VerzoekOmToewijzing::productPath);
    }

    List<Finding> voor317(VerzoekOmWijziging bericht) {
        BerichtHeader header = bericht.header();
        return rules.check(
                header.ontvanger(),
                header.type().standaard(),
                List.of(header.dagtekening()),
                bericht.nieuw().stream().map(NieuwProduct::product).toList(),
                VerzoekOmWijziging::nieuwPath);
    }

    List<Finding> voor319(Antwoordbericht bericht) {
        BerichtHeader header = bericht.header();
        return rules.check(
                header.afzender(), header.type().standaard(), List.of(header.dagtekening()), List.of(), i -> "Header");
    }

    /** The findings of levels 3 and 4 together. */
    static List<Finding> with(List<Finding> crossMessage, List<Finding> external) {
        List<Finding> all = new ArrayList<>(crossMessage);
        all.addAll(external);
        return all;
    }
}
