package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR357Test {

    @Test
    void tr357AcceptsPastStartOnOriginalIngangsdatum() {
        assertThat(TR357.check(
                        vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        1002,
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 12, 31),
                                        TWEE_UUR_PER_WEEK,
                                        null)),
                                List.of()),
                        validStand()))
                .isEmpty();
    }

    @Test
    void tr357RejectsPastStartOnAnotherDay() {
        assertThat(TR357.check(
                        vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        1002,
                                        LocalDate.of(2026, 3, 1),
                                        LocalDate.of(2026, 12, 31),
                                        TWEE_UUR_PER_WEEK,
                                        null)),
                                List.of()),
                        validStand()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR357", "9357", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
