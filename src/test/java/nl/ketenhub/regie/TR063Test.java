package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.path;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.state;
import static nl.ketenhub.regie.RegieTestData.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR063Test {

    private final TR063 rule = new TR063();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void tr063AcceptsDeletingAClassThatCounts() {
        assertThat(rule.check(state(start()), start(BEGIN, "3"), path(0))).isEmpty();
        assertThat(rule.check(state(start(), stop("31", eind)), stop(BEGIN, "31", eind, "3"), path(0)))
                .isEmpty();
    }

    @Test
    void tr063RejectsDeletingWithoutAnEarlierClass() {
        assertThat(rule.check(state(), start(BEGIN, "3"), path(0)))
                .map(Finding::retourCode)
                .contains("9063");
    }

    @Test
    void tr063RejectsDeletingAClassThatWasAlreadyDeletedOrHasAnotherKey() {
        assertThat(rule.check(state(start(), start(BEGIN, "3")), start(BEGIN, "3"), path(0)))
                .isPresent();
        assertThat(rule.check(state(start(), stop("31", eind)), stop(BEGIN, "20", eind, "3"), path(0)))
                .isPresent();
    }
}
