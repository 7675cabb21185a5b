package nl.ketenhub.regie;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * TR134: dates that describe the past are not later than the Dagtekening. The standard does not
 * name the elements (domain reference §8 item 5). The hub's reading for 305/307: the client's
 * Geboortedatum; the Begindatum of every start and stop (the day delivery actually started: a 305
 * reports a start that happened, OP271, and a stop copies that day); the Einddatum of every stop
 * (the day delivery actually stopped, reported afterwards, OP272). ToewijzingIngangsdatum is not
 * checked: it copies the 301, whose Ingangsdatum may lie in the future.
 */
final class TR134 implements RegieRule {

    @Override
    public List<Finding> check(Regiebericht bericht) {
        LocalDate dagtekening =
                bericht.header() == null ? null : bericht.header().dagtekening();
        if (dagtekening == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (bericht.geboortedatum() != null && after(bericht.geboortedatum().datum(), dagtekening)) {
            findings.add(Finding.content("TR134", "Geboortedatum of the client is after the Dagtekening", "Client"));
        }
        for (int i = 0; i < bericht.klassen().size(); i++) {
            RegieKlasse klasse = bericht.klassen().get(i);
            if (after(klasse.begindatum(), dagtekening)) {
                findings.add(Finding.content(
                        "TR134",
                        "Begindatum " + klasse.begindatum() + " is after the Dagtekening",
                        bericht.klassePath(i)));
            } else if (klasse instanceof StopProduct stop && after(stop.einddatum(), dagtekening)) {
                findings.add(Finding.content(
                        "TR134", "Einddatum " + stop.einddatum() + " is after the Dagtekening", bericht.klassePath(i)));
            }
        }
        return findings;
    }

    private static boolean after(LocalDate date, LocalDate dagtekening) {
        return date != null && date.isAfter(dagtekening);
    }
}
