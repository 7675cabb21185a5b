package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;

/**
 * TR386 (315): the same product is requested more than once only for periods that do not overlap
 * (same code, or same category when a code is missing; a line without Product is the same as
 * anything; iWmo categories 11 to 14 may overlap). The later line is the class in error.
 */
final class TR386 implements ContentRule<VerzoekOmToewijzing> {

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        boolean iwmo = bericht.header().type().standaard() == Standaard.IWMO;
        List<ProductRegel> regels = bericht.regels();
        List<Finding> findings = new ArrayList<>();
        for (int j = 1; j < regels.size(); j++) {
            ProductRegel later = regels.get(j);
            for (int i = 0; i < j; i++) {
                ProductRegel earlier = regels.get(i);
                if (Regels.sameProduct(earlier.product(), later.product(), iwmo)
                        && Regels.overlap(earlier.begin(), earlier.eind(), later.begin(), later.eind())) {
                    findings.add(Finding.content(
                            "TR386",
                            later.naam() + " overlaps in period with the same product in " + earlier.naam(),
                            later.path()));
                    break;
                }
            }
        }
        return findings;
    }
}
