package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR304 (retourcode 8187; 317): the BSN belongs to a client the aanbieder knows from toewijzingen the
 * hub delivered to it (and it did not reject): a VOW changes an existing package.
 */
final class TR304 {

    private TR304() {}

    static List<Finding> check(Stand317 stand) {
        return stand.clientBekend()
                ? List.of()
                : List.of(Finding.crossMessage(
                        "TR304", "8187", "The client has no toewijzing delivered to this aanbieder", "Client"));
    }
}
