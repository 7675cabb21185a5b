package nl.ketenhub.monitoring;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days ("werkdagen") for the answer deadlines of OP090: Monday to Friday. Public holidays are
 * ignored (the standard names no holiday calendar), so a deadline over Easter or Christmas is
 * reported a day or two early.
 */
final class WorkingDays {

    private WorkingDays() {}

    static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The date n working days after the given date (the given date itself does not count). */
    static LocalDate plus(LocalDate date, int n) {
        LocalDate result = date;
        int left = n;
        while (left > 0) {
            result = result.plusDays(1);
            if (isWorkingDay(result)) {
                left--;
            }
        }
        return result;
    }

    /**
     * The last date whose deadline of n working days has passed by {@code today}: a message delivered
     * on that date or before should have been answered by now.
     */
    static LocalDate lastDateOverdueBy(LocalDate today, int n) {
        LocalDate date = today.minusDays(1);
        while (!plus(date, n).isBefore(today)) {
            date = date.minusDays(1);
        }
        return date;
    }
}
