package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR411Test {

    @Test
    void tr411AcceptsSpecificWithOmvang() {
        assertThat(TR411.check(validVow(), validStand())).isEmpty();
    }

    @Test
    void tr411RejectsSpecificWithoutOmvang() {
        assertThat(TR411.check(
                        vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        1002, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), null, null)),
                                List.of()),
                        validStand()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR411", "9411", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
