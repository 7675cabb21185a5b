package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR002 (315): the client's Geboortedatum lies at most 120 years before the Dagtekening, unless the
 * date is fully unknown (DatumGebruik 3).
 */
final class TR002 implements ContentRule<VerzoekOmToewijzing> {

    private static final int MAX_AGE = 120;

    @Override
    public List<Finding> check(VerzoekOmToewijzing bericht) {
        if (bericht.geboortedatum() == null
                || "3".equals(bericht.datumGebruik())
                || bericht.header().dagtekening() == null) {
            return List.of();
        }
        if (bericht.geboortedatum().isBefore(bericht.header().dagtekening().minusYears(MAX_AGE))) {
            return List.of(Finding.content(
                    "TR002", "Geboortedatum of the client is more than 120 years before the Dagtekening", "Client"));
        }
        return List.of();
    }
}
