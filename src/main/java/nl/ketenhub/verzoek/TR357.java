package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR357 (retourcode 9357; 317): a TeWijzigenProduct whose GewensteIngangsdatum is on or before the
 * Dagtekening asks for a change from the toewijzing's original Ingangsdatum, no other day in the past.
 */
final class TR357 {

    private TR357() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        return TeWijzigen.perProduct(
                bericht,
                stand,
                "TR357",
                "9357",
                (p, t) -> !p.gewensteIngangsdatum().isAfter(bericht.header().dagtekening())
                        && !p.gewensteIngangsdatum().equals(t.ingangsdatum()),
                "GewensteIngangsdatum is not after the Dagtekening and differs from the Ingangsdatum of the toewijzing");
    }
}
