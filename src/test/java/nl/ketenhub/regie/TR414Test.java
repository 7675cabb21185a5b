package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.path;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.state;
import static nl.ketenhub.regie.RegieTestData.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR414Test {

    private final TR414 rule = new TR414();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void tr414AcceptsAFirstStopAndALaterStopOnTheSameOrALaterDay() {
        assertThat(rule.check(state(start()), stop("31", eind), path(0))).isEmpty();
        assertThat(rule.check(state(start(), stop("20", eind)), stop("31", eind), path(0)))
                .isEmpty();
        assertThat(rule.check(state(start(), stop("20", eind)), stop("31", eind.plusDays(1)), path(0)))
                .isEmpty();
    }

    @Test
    void tr414RejectsAnEinddatumBeforeThatOfTheCurrentStop() {
        assertThat(rule.check(state(start(), stop("20", eind)), stop("31", eind.minusDays(1)), path(0)))
                .map(Finding::retourCode)
                .contains("9414");
    }
}
