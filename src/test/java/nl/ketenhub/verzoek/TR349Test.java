package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR349Test {

    @Test
    void tr349AcceptsAllCurrentNamed() {
        assertThat(TR349.check(validVow(), validStand())).isEmpty();
    }

    @Test
    void tr349RejectsCurrentToewijzingMissing() {
        assertThat(TR349.check(
                        validVow(),
                        stand(
                                toewijzing(1001),
                                toewijzing(1002),
                                toewijzing(1003),
                                toewijzing(1004, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR349", "9349", "Client/Verzoek"));
    }
}
