package nl.ketenhub.declaratie;

import java.time.YearMonth;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR318 (8214): DeclaratiePeriodes of an aanbieder at a gemeente follow each other month by month,
 * unless a month had no care. The hub decides the part it can see: a 323 may repeat the last
 * submitted month but not go back to an earlier one (IV090), and it may not skip a month in which
 * a toewijzing it claims on was in force (then care was possible and the month is missing). A month
 * in which no claimed toewijzing was in force counts as a month without care.
 */
final class TR318 {

    Optional<Finding> check(Declaratiebericht bericht, Stand stand) {
        YearMonth laatste = stand.laatstePeriode();
        if (laatste == null) {
            return Optional.empty();
        }
        YearMonth periode = YearMonth.from(bericht.periodeBegin());
        if (periode.isBefore(laatste)) {
            return finding("DeclaratiePeriode " + periode + " goes back before the last submitted month " + laatste);
        }
        for (YearMonth month = laatste.plusMonths(1); month.isBefore(periode); month = month.plusMonths(1)) {
            YearMonth skipped = month;
            boolean active = stand.toewijzingen().values().stream()
                    .filter(t ->
                            t.versie() != null && bericht.header().afzender().equals(t.aanbieder()))
                    .anyMatch(t -> t.versie().isActiveIn(skipped.atDay(1), skipped.atEndOfMonth()));
            if (active) {
                return finding("month " + skipped + " is skipped although a claimed toewijzing was in force");
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> finding(String message) {
        return Optional.of(Finding.crossMessage("TR318", "8214", message, Declaratiebericht.DECLARATIE));
    }
}
