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

class TR415Test {

    private final TR415 rule = new TR415();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void tr415AcceptsAStopAfterATemporaryStopOrAfterADeletedDefinitiveStop() {
        assertThat(rule.check(state(start(), stop("20", eind)), stop("31", eind.plusDays(1)), path(0)))
                .isEmpty();
        assertThat(rule.check(
                        state(start(), stop("31", eind), stop(BEGIN, "31", eind, "3")),
                        stop("31", eind.plusDays(1)),
                        path(0)))
                .isEmpty();
    }

    @Test
    void tr415RejectsAStopAfterADefinitiveStop() {
        assertThat(rule.check(state(start(), stop("31", eind)), stop("20", eind.plusDays(1)), path(0)))
                .map(Finding::retourCode)
                .contains("9415");
        assertThat(rule.check(state(start(), stop("31", eind)), stop("32", eind.plusDays(1)), path(0)))
                .isPresent();
    }
}
