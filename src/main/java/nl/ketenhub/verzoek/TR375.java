package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR375 (retourcode 9375; 317): a TeWijzigenProduct has no Omvang when its toewijzing has no Product
 * (generic) and the requested Einddatum lies after 2020-12-31 or is empty.
 */
final class TR375 {

    private TR375() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        return TeWijzigen.perProduct(
                bericht,
                stand,
                "TR375",
                "9375",
                (p, t) -> p.omvang() != null && t.product() == null && TeWijzigen.runsAfter2020(p),
                "Omvang is filled although the toewijzing has no Product");
    }
}
