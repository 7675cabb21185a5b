package nl.ketenhub.verzoek;

import java.util.List;
import java.util.Objects;
import nl.ketenhub.bericht.Finding;

/**
 * TR373 (retourcode 9373; 317): a change of Budget, or of the Volume of an Omvang "totaal binnen
 * geldigheidsduur" (Frequentie 6), applies to the whole toewijzing: GewensteIngangsdatum equals its
 * Ingangsdatum.
 */
final class TR373 {

    private TR373() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        return TeWijzigen.perProduct(
                bericht,
                stand,
                "TR373",
                "9373",
                (p, t) -> changesTotal(p, t) && !p.gewensteIngangsdatum().equals(t.ingangsdatum()),
                "Budget or total volume changes, so GewensteIngangsdatum must be the Ingangsdatum of the toewijzing");
    }

    private static boolean changesTotal(TeWijzigenProduct p, HuidigeToewijzing t) {
        boolean budget = p.budget() != null && !p.budget().equals(t.budget());
        boolean totaal = p.omvang() != null
                && "6".equals(p.omvang().frequentie())
                && (t.omvang() == null || !Objects.equals(p.omvang(), t.omvang()));
        return budget || totaal;
    }
}
