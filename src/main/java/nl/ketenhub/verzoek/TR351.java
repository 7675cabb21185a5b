package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR351 (retourcode 9351; 317): every TeWijzigenProduct refers to a current toewijzing of the client
 * at this aanbieder.
 */
final class TR351 {

    private TR351() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.teWijzigen().size(); i++) {
            long nummer = bericht.teWijzigen().get(i).toewijzingNummer();
            HuidigeToewijzing toewijzing = stand.toewijzingen().get(nummer);
            if (toewijzing == null || !toewijzing.isActueelOp(bericht.header().dagtekening())) {
                findings.add(Finding.crossMessage(
                        "TR351",
                        "9351",
                        "TeWijzigenProduct " + nummer + " is not a current toewijzing of the client at this aanbieder",
                        VerzoekOmWijziging.teWijzigenPath(i)));
            }
        }
        return findings;
    }
}
