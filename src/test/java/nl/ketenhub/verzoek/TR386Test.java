package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR386Test {

    @Test
    void tr386AcceptsSameProductAfterwards() {
        assertThat(new TR386()
                        .check(vot(
                                aangevraagd("A"),
                                withPeriode(aangevraagd("B"), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)))))
                .isEmpty();
    }

    @Test
    void tr386RejectsSameProductOverlapping() {
        assertThat(new TR386()
                        .check(vot(
                                aangevraagd("A"),
                                withPeriode(aangevraagd("B"), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 6, 30)))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR386", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[2]"));
    }
}
