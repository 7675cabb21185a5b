package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS003 (315, 317): an end date, when present, is not before the start of the same line:
 * AangevraagdProduct/ToewijzingEinddatum against ToewijzingIngangsdatum, and the Einddatum of a
 * TeWijzigenProduct or NieuwProduct against its GewensteIngangsdatum.
 */
final class CS003 implements ContentRule<Verzoekbericht> {

    @Override
    public List<Finding> check(Verzoekbericht bericht) {
        return Regels.perRegel(
                bericht.regels(),
                "CS003",
                r -> r.begin() != null && r.eind() != null && r.eind().isBefore(r.begin()),
                r -> "The end date of " + r.naam() + " is before its start date");
    }
}
