package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR380 (317): a NieuwProduct is not asked for retroactively: its GewensteIngangsdatum lies on or
 * after the Dagtekening.
 *
 * <p>Reading (domain reference §8 item 5: the sources do not bind TR380 to an element): the date is
 * NieuwProduct/GewensteIngangsdatum, the only requested start without an existing toewijzing to
 * fall back on (a TeWijzigenProduct may start on or before the Dagtekening only on its original
 * Ingangsdatum, TR357). "After the Dagtekening" is read as "not before it": a new product may start
 * on the day the request is sent, which the published WMO317 sample does.
 */
final class TR380 implements ContentRule<VerzoekOmWijziging> {

    @Override
    public List<Finding> check(VerzoekOmWijziging bericht) {
        List<Finding> findings = new ArrayList<>();
        if (bericht.header().dagtekening() == null) {
            return findings;
        }
        for (int i = 0; i < bericht.nieuw().size(); i++) {
            NieuwProduct product = bericht.nieuw().get(i);
            if (product.gewensteIngangsdatum().isBefore(bericht.header().dagtekening())) {
                findings.add(Finding.content(
                        "TR380",
                        "GewensteIngangsdatum of NieuwProduct " + (i + 1) + " is before the Dagtekening",
                        VerzoekOmWijziging.nieuwPath(i)));
            }
        }
        return findings;
    }
}
