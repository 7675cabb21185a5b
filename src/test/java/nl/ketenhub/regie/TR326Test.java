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

class TR326Test {

    private final TR326 rule = new TR326();
    private final StartProduct restart = start(LocalDate.of(2026, 6, 1), "1");

    @Test
    void tr326AcceptsAFirstStartAndARestartAfterATemporaryOrDefinitiveStop() {
        assertThat(rule.check(state(), start(), path(0))).isEmpty();
        assertThat(rule.check(state(start(), stop("20", LocalDate.of(2026, 5, 1))), restart, path(0)))
                .isEmpty();
        assertThat(rule.check(state(start(), stop("31", LocalDate.of(2026, 5, 1))), restart, path(0)))
                .isEmpty();
    }

    @Test
    void tr326AcceptsAStartOfAnotherToegewezenProduct() {
        assertThat(rule.check(
                        state(start()),
                        new StartProduct(300202L, new Product("55", "55A12"), null, BEGIN, "1"),
                        path(0)))
                .isEmpty();
    }

    @Test
    void tr326RejectsASecondStartWhileDeliveryRuns() {
        assertThat(rule.check(state(start()), restart, path(0)))
                .map(Finding::retourCode)
                .contains("9326");
        assertThat(rule.check(
                        state(start(), stop("20", LocalDate.of(2026, 5, 1)), restart),
                        start(LocalDate.of(2026, 7, 1), "1"),
                        path(0)))
                .isPresent();
    }
}
