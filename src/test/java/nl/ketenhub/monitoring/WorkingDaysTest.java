package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate THURSDAY = MONDAY.plusDays(3);
    private static final LocalDate FRIDAY = MONDAY.plusDays(4);

    @Test
    void threeWorkingDaysAfterMondayIsThursday() {
        assertThat(WorkingDays.plus(MONDAY, 3)).isEqualTo(THURSDAY);
    }

    @Test
    void theWeekendDoesNotCount() {
        assertThat(WorkingDays.plus(THURSDAY, 3)).isEqualTo(THURSDAY.plusDays(5)); // Tuesday
        assertThat(WorkingDays.plus(FRIDAY.plusDays(1), 1)).isEqualTo(FRIDAY.plusDays(3)); // Saturday -> Monday
        assertThat(WorkingDays.plus(MONDAY, 10)).isEqualTo(MONDAY.plusDays(14));
    }

    @Test
    void aMessageDeliveredOnMondayIsOverdueFromFriday() {
        assertThat(WorkingDays.lastDateOverdueBy(FRIDAY, 3)).isEqualTo(MONDAY);
        assertThat(WorkingDays.lastDateOverdueBy(THURSDAY, 3)).isBefore(MONDAY);
    }

    @Test
    void onMondayEverythingDeliveredUpToTheTuesdayBeforeIsOverdue() {
        LocalDate nextMonday = MONDAY.plusDays(7);
        // delivered Wednesday: due Monday, not overdue yet; delivered Tuesday: due Friday
        assertThat(WorkingDays.lastDateOverdueBy(nextMonday, 3)).isEqualTo(MONDAY.plusDays(1));
    }
}
