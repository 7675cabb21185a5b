package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR411 (retourcode 9411; 317): a TeWijzigenProduct has an Omvang when its toewijzing has a Product/Code. */
final class TR411 {

    private TR411() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        return TeWijzigen.perProduct(
                bericht,
                stand,
                "TR411",
                "9411",
                (p, t) ->
                        p.omvang() == null && t.product() != null && t.product().code() != null,
                "Omvang is empty although the toewijzing has a Product/Code");
    }
}
