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

class TR074Test {

    private final TR074 rule = new TR074();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void tr074AcceptsANewKeyAndAKeyThatWasDeleted() {
        assertThat(rule.check(state(start()), start(BEGIN.plusDays(1), "1"), path(0)))
                .isEmpty();
        assertThat(rule.check(state(start(), start(BEGIN, "3")), start(), path(0)))
                .isEmpty();
    }

    @Test
    void tr074RejectsAStartOrStopWhoseKeyWasAlreadyReceived() {
        assertThat(rule.check(state(start()), start(), path(0)))
                .map(Finding::retourCode)
                .contains("9074");
        assertThat(rule.check(state(start(), stop("31", eind)), stop("31", eind), path(0)))
                .map(Finding::rule)
                .contains("TR074");
    }
}
