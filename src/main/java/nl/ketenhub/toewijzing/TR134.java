package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR134: dates that describe the past are not later than the Dagtekening. The standard does not
 * name the elements (domain reference §8 item 5); for the 301 the hub checks the two candidates
 * §5.2 names: the client's Geboortedatum and each ToegewezenProduct's Toewijzingsdatum. Ingangsdatum
 * and Einddatum are deliberately not checked: a toewijzing may start in the future.
 */
final class TR134 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        LocalDate dagtekening =
                bericht.header() == null ? null : bericht.header().dagtekening();
        if (dagtekening == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Geboortedatum geboortedatum = bericht.geboortedatum();
        if (geboortedatum != null
                && geboortedatum.datum() != null
                && geboortedatum.datum().isAfter(dagtekening)) {
            findings.add(Finding.content("TR134", "Geboortedatum of the client is after the Dagtekening", "Client"));
        }
        findings.addAll(Rules301.perProduct(
                bericht,
                "TR134",
                p -> p.toewijzingsdatum() != null && p.toewijzingsdatum().isAfter(dagtekening),
                p -> "Toewijzingsdatum of " + Rules301.describe(p) + " is after the Dagtekening"));
        return findings;
    }
}
