package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.AANBIEDER;
import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.CLIENT;
import static nl.ketenhub.regie.RegieTestData.NUMMER;
import static nl.ketenhub.regie.RegieTestData.context;
import static nl.ketenhub.regie.RegieTestData.path;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static nl.ketenhub.regie.RegieTestData.state;
import static nl.ketenhub.regie.RegieTestData.stop;
import static nl.ketenhub.regie.RegieTestData.stopbericht;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.regie.RegieContext.BekendeToewijzing;
import org.junit.jupiter.api.Test;

class TR019Test {

    private final TR019 rule = new TR019();

    @Test
    void tr019AcceptsAStartAndStopOfADeliveredToewijzingOfThisClient() {
        assertThat(rule.check(context(state()), startbericht(start()), start(), path(0)))
                .isEmpty();
        StopProduct stop = stop("31", LocalDate.of(2026, 5, 1));
        assertThat(rule.check(context(state()), stopbericht(stop), stop, path(0)))
                .isEmpty();
    }

    @Test
    void tr019SkipsTaakgerichtStartsWithoutToewijzingNummerAndDeletions() {
        StartProduct taakgericht = new StartProduct(null, RegieTestData.PRODUCT, null, BEGIN, "1");
        RegieContext nothing = new RegieContext(null, state(), Map.of());
        assertThat(rule.check(nothing, startbericht(taakgericht), taakgericht, path(0)))
                .isEmpty();
        assertThat(rule.check(nothing, startbericht(start(BEGIN, "3")), start(BEGIN, "3"), path(0)))
                .isEmpty();
    }

    @Test
    void tr019RejectsAnUnknownToewijzingNummer() {
        RegieContext nothing = new RegieContext(CLIENT, state(), Map.of());
        assertThat(rule.check(nothing, startbericht(start()), start(), path(0)))
                .map(Finding::retourCode)
                .contains("9019");
    }

    @Test
    void tr019RejectsAToewijzingOfAnotherClientOrAanbieder() {
        assertThat(check(new BekendeToewijzing(CLIENT + 1, AANBIEDER, true, false)))
                .isPresent();
        assertThat(check(new BekendeToewijzing(CLIENT, "65656055", true, false)))
                .isPresent();
        assertThat(rule.check(
                        new RegieContext(null, state(), context(state()).toewijzingen()),
                        startbericht(start()),
                        start(),
                        path(0)))
                .as("client unknown to the hub")
                .isPresent();
    }

    @Test
    void tr019RejectsAToewijzingNotDeliveredRejectedByTheAanbiederOrDeleted() {
        assertThat(check(new BekendeToewijzing(CLIENT, AANBIEDER, false, false)))
                .isPresent();
        assertThat(check(new BekendeToewijzing(CLIENT, AANBIEDER, true, true))).isPresent();
    }

    private java.util.Optional<Finding> check(BekendeToewijzing toewijzing) {
        return rule.check(
                new RegieContext(CLIENT, state(), Map.of(NUMMER, toewijzing)), startbericht(start()), start(), path(0));
    }
}
