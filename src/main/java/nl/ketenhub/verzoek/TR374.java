package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR374 (retourcode 9374; 315, 317): no new request while one of this aanbieder for this client is
 * open: accepted (its 316/318 had no RetourCodes) and not yet answered by a 301 or a 319 with
 * VerzoekAntwoord 1 (domain reference §1.4, OP350).
 */
final class TR374 {

    private TR374() {}

    static List<Finding> check(boolean verzoekOnderhanden) {
        return verzoekOnderhanden
                ? List.of(Finding.crossMessage(
                        "TR374", "9374", "A request of this aanbieder for this client is still open", "Client"))
                : List.of();
    }
}
