package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR412 (retourcode 9412; 317): a TeWijzigenProduct has no Omvang when its toewijzing has a Product
 * without Code (aspecific) and the requested Einddatum lies after 2020-12-31 or is empty.
 */
final class TR412 {

    private TR412() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        return TeWijzigen.perProduct(
                bericht,
                stand,
                "TR412",
                "9412",
                (p, t) -> p.omvang() != null
                        && t.product() != null
                        && t.product().code() == null
                        && TeWijzigen.runsAfter2020(p),
                "Omvang is filled although the toewijzing's Product has no Code");
    }
}
