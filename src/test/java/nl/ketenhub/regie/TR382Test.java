package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.path;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.state;
import static nl.ketenhub.regie.RegieTestData.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR382Test {

    private final TR382 rule = new TR382();
    private final LocalDate eind = LocalDate.of(2026, 5, 1);

    @Test
    void tr382AcceptsAStopOfTheCurrentStartIncludingAfterATemporaryStop() {
        assertThat(rule.check(state(start()), stop("20", eind), path(0))).isEmpty();
        assertThat(rule.check(state(start(), stop("20", eind)), stop("31", eind.plusDays(3)), path(0)))
                .isEmpty();
    }

    @Test
    void tr382RejectsAStopWithoutStart() {
        assertThat(rule.check(state(), stop("31", eind), path(0)))
                .map(Finding::retourCode)
                .contains("9069");
    }

    @Test
    void tr382RejectsAStopWhoseBegindatumOrProductDiffersFromTheCurrentStart() {
        assertThat(rule.check(state(start()), stop(BEGIN.plusDays(1), "31", eind, "1"), path(0)))
                .isPresent();
        StopProduct otherProduct =
                new StopProduct(RegieTestData.NUMMER, new Product("55", "55A12"), null, BEGIN, "31", eind, "1");
        assertThat(rule.check(state(start()), otherProduct, path(0))).isPresent();
    }

    @Test
    void tr382RejectsAStopOfAStartThatARestartReplaced() {
        StartProduct restart = start(LocalDate.of(2026, 6, 1), "1");
        assertThat(rule.check(state(start(), stop("20", eind), restart), stop("31", eind.plusDays(1)), path(0)))
                .isPresent();
    }
}
