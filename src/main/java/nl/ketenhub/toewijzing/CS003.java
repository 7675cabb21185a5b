package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS003: an end date, when present, is not before the start of the same period: {@code
 * ToegewezenProduct/Einddatum} against {@code Ingangsdatum}, and {@code Contact/Periode}.
 */
final class CS003 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        List<Finding> findings = new ArrayList<>(Rules301.perProduct(
                bericht,
                "CS003",
                p -> endsBeforeStart(p.ingangsdatum(), p.einddatum()),
                p -> "Einddatum of " + Rules301.describe(p) + " is before its Ingangsdatum"));
        for (Rules301.ContactAt at : Rules301.allContacts(bericht)) {
            if (endsBeforeStart(at.contact().periodeBegin(), at.contact().periodeEind())) {
                findings.add(
                        Finding.content("CS003", "Periode/Einddatum of a Contact is before its Begindatum", at.path()));
            }
        }
        return findings;
    }

    private static boolean endsBeforeStart(LocalDate start, LocalDate end) {
        return start != null && end != null && end.isBefore(start);
    }
}
