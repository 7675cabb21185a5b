package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR002: the client's Geboortedatum lies at most 120 years before the Dagtekening, unless the
 * date is fully unknown (DatumGebruik 3).
 */
final class TR002 implements Toewijzing301Rule {

    private static final int MAX_AGE = 120;

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        Geboortedatum geboortedatum = bericht.geboortedatum();
        if (geboortedatum == null
                || geboortedatum.datum() == null
                || "3".equals(geboortedatum.datumGebruik())
                || bericht.header() == null
                || bericht.header().dagtekening() == null) {
            return List.of();
        }
        LocalDate earliest = bericht.header().dagtekening().minusYears(MAX_AGE);
        if (geboortedatum.datum().isBefore(earliest)) {
            return List.of(Finding.content(
                    "TR002", "Geboortedatum of the client is more than 120 years before the Dagtekening", "Client"));
        }
        return List.of();
    }
}
