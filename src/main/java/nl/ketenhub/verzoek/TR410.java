package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;

/**
 * TR410 (317): the same product occurs more than once among the NieuweProducten only with periods
 * that do not overlap (same rules of "same product" as TR386). The later one is the class in error.
 */
final class TR410 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        boolean iwmo = bericht.header().type().standaard() == Standaard.IWMO;
        List<NieuwProduct> nieuw = bericht.nieuw();
        List<Finding> findings = new ArrayList<>();
        for (int j = 1; j < nieuw.size(); j++) {
            NieuwProduct later = nieuw.get(j);
            for (int i = 0; i < j; i++) {
                NieuwProduct earlier = nieuw.get(i);
                if (Regels.sameProduct(earlier.product(), later.product(), iwmo)
                        && Regels.overlap(
                                earlier.gewensteIngangsdatum(),
                                earlier.einddatum(),
                                later.gewensteIngangsdatum(),
                                later.einddatum())) {
                    findings.add(Finding.content(
                            "TR410",
                            "NieuwProduct " + (j + 1) + " overlaps in period with the same product in NieuwProduct "
                                    + (i + 1),
                            VerzoekOmWijziging.nieuwPath(j)));
                    break;
                }
            }
        }
        return findings;
    }
}
