package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR350 (retourcode 9350; 317): every OngewijzigdProduct refers to a current toewijzing of the
 * client at this aanbieder.
 */
final class TR350 {

    private TR350() {}

    static List<Finding> check(VerzoekOmWijziging bericht, Stand317 stand) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.ongewijzigd().size(); i++) {
            long nummer = bericht.ongewijzigd().get(i);
            HuidigeToewijzing toewijzing = stand.toewijzingen().get(nummer);
            if (toewijzing == null || !toewijzing.isActueelOp(bericht.header().dagtekening())) {
                findings.add(Finding.crossMessage(
                        "TR350",
                        "9350",
                        "OngewijzigdProduct " + nummer + " is not a current toewijzing of the client at this aanbieder",
                        VerzoekOmWijziging.ongewijzigdPath(i)));
            }
        }
        return findings;
    }
}
