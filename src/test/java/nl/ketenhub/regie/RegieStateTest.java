package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.BEGIN;
import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.state;
import static nl.ketenhub.regie.RegieTestData.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The regie state machine per toegewezen product. */
class RegieStateTest {

    private final LocalDate pauze = LocalDate.of(2026, 5, 1);
    private final LocalDate herstart = LocalDate.of(2026, 6, 1);

    @Test
    void walksThroughStartTemporaryStopRestartAndDefinitiveStop() {
        RegieState state = state();
        var product = start().toegewezenProduct();
        assertThat(state.status(product)).isEqualTo(RegieStatus.NIET_GESTART);
        state.apply(start());
        assertThat(state.status(product)).isEqualTo(RegieStatus.GESTART);
        state.apply(stop("20", pauze));
        assertThat(state.status(product)).isEqualTo(RegieStatus.TIJDELIJK_GESTOPT);
        state.apply(start(herstart, "1"));
        assertThat(state.status(product)).isEqualTo(RegieStatus.GESTART);
        state.apply(stop(herstart, "31", herstart.plusMonths(1), "1"));
        assertThat(state.status(product)).isEqualTo(RegieStatus.GESTOPT);
    }

    @Test
    void aDeletionRemovesTheClassAsIfItWasNeverSent() {
        RegieState state = state(start(), stop("31", pauze));
        assertThat(state.status(start().toegewezenProduct())).isEqualTo(RegieStatus.GESTOPT);

        state.apply(stop(BEGIN, "31", pauze, "3"));
        assertThat(state.status(start().toegewezenProduct())).isEqualTo(RegieStatus.GESTART);
        state.apply(start(BEGIN, "3"));
        assertThat(state.status(start().toegewezenProduct())).isEqualTo(RegieStatus.NIET_GESTART);
        assertThat(state.contains(start())).isFalse();
    }

    @Test
    void aCopyDoesNotChangeTheOriginal() {
        RegieState state = state(start());
        RegieState copy = state.copy();
        copy.apply(start(BEGIN, "3"));
        assertThat(state.contains(start())).isTrue();
        assertThat(copy.contains(start())).isFalse();
    }
}
