package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR375Test {

    @Test
    void tr375AcceptsGenericWithBudget() {
        assertThat(TR375.check(
                        vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        2001, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), null, 9000L)),
                                List.of()),
                        stand(new HuidigeToewijzing(
                                2001, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, 5000L))))
                .isEmpty();
    }

    @Test
    void tr375RejectsGenericWithOmvang() {
        assertThat(TR375.check(
                        vow(List.of(), List.of(teWijzigen(2001)), List.of()),
                        stand(new HuidigeToewijzing(
                                2001, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, 5000L))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR375", "9375", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
