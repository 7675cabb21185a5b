package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.context;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static nl.ketenhub.regie.RegieTestData.state;
import static nl.ketenhub.regie.RegieTestData.stop;
import static nl.ketenhub.regie.RegieTestData.stopbericht;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

/** Level 3 over a whole message: classes judged one after the other, deletions first (IV008). */
class RegieStateChecksTest {

    private final RegieStateChecks checks = new RegieStateChecks();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void aCorrectionDeletesAndAddsInOneMessageEvenWhenTheNewClassComesFirst() {
        StartProduct corrected = start(BEGIN.plusDays(2), "1");
        assertThat(checks.check(startbericht(corrected, start(BEGIN, "3")), context(state(start()))))
                .isEmpty();
    }

    @Test
    void aTemporaryAndADefinitiveStopInOneMessagePass() {
        assertThat(checks.check(stopbericht(stop("20", eind), stop("31", eind.plusDays(7))), context(state(start()))))
                .isEmpty();
    }

    @Test
    void aSecondStartInTheSameMessageGets9326OnItsOwnClass() {
        assertThat(checks.check(startbericht(start(), start(BEGIN.plusDays(1), "1")), context(state())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR326", "9326", "Client/StartProducten/StartProduct[2]"));
    }

    @Test
    void aStopWithoutAStoredStartGets9069() {
        assertThat(checks.check(stopbericht(stop("31", eind)), context(state())))
                .extracting(Finding::rule)
                .containsExactly("TR382");
    }

    @Test
    void theRulesDoNotChangeTheStoredState() {
        RegieState stored = state(start());
        checks.check(startbericht(start(BEGIN, "3")), context(stored));
        assertThat(stored.contains(start())).isTrue();
    }
}
