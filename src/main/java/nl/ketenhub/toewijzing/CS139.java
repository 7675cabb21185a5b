package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS139: DatumGebruik fits the Datum of a Geboortedatum (IV009): 1 (day unknown) needs day 01,
 * 2 (day and month unknown) needs 01-01, 3 (fully unknown) needs 1900-01-01.
 */
final class CS139 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        Geboortedatum geboortedatum = bericht.geboortedatum();
        if (geboortedatum == null || geboortedatum.datumGebruik() == null || fits(geboortedatum)) {
            return List.of();
        }
        return List.of(Finding.content(
                "CS139", "Geboortedatum does not fit DatumGebruik " + geboortedatum.datumGebruik(), "Client"));
    }

    private static boolean fits(Geboortedatum geboortedatum) {
        LocalDate datum = geboortedatum.datum();
        return switch (geboortedatum.datumGebruik()) {
            case "1" -> datum.getDayOfMonth() == 1;
            case "2" -> datum.getDayOfMonth() == 1 && datum.getMonthValue() == 1;
            case "3" -> datum.equals(LocalDate.of(1900, 1, 1));
            default -> false;
        };
    }
}
