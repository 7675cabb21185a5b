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

class TR071Test {

    private final TR071 rule = new TR071();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void tr071AcceptsDeletingAStartWithoutStop() {
        assertThat(rule.check(state(start()), start(BEGIN, "3"), path(0))).isEmpty();
        assertThat(rule.check(
                        state(start(), stop("31", eind), stop(BEGIN, "31", eind, "3")), start(BEGIN, "3"), path(0)))
                .as("the stop was deleted first")
                .isEmpty();
    }

    @Test
    void tr071RejectsDeletingAStartThatWasStopped() {
        assertThat(rule.check(state(start(), stop("20", eind)), start(BEGIN, "3"), path(0)))
                .map(Finding::retourCode)
                .contains("9071");
    }
}
