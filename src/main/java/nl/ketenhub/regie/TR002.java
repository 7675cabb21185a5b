package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.toewijzing.Geboortedatum;

/**
 * TR002: the client's Geboortedatum lies at most 120 years before the Dagtekening, unless the date
 * is fully unknown (DatumGebruik 3).
 */
final class TR002 implements RegieRule {

    private static final int MAX_AGE = 120;

    @Override
    public List<Finding> check(Regiebericht bericht) {
        Geboortedatum geboortedatum = bericht.geboortedatum();
        if (geboortedatum == null
                || geboortedatum.datum() == null
                || "3".equals(geboortedatum.datumGebruik())
                || bericht.header() == null
                || bericht.header().dagtekening() == null) {
            return List.of();
        }
        if (geboortedatum.datum().isBefore(bericht.header().dagtekening().minusYears(MAX_AGE))) {
            return List.of(Finding.content(
                    "TR002", "Geboortedatum of the client is more than 120 years before the Dagtekening", "Client"));
        }
        return List.of();
    }
}
