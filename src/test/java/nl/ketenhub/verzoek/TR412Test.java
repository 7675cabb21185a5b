package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR412Test {

    @Test
    void tr412AcceptsAspecificWithBudget() {
        assertThat(TR412.check(
                        vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        2001, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31), null, 9000L)),
                                List.of()),
                        stand(new HuidigeToewijzing(
                                2001,
                                new Product("55", null),
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 12, 31),
                                null,
                                null,
                                5000L))))
                .isEmpty();
    }

    @Test
    void tr412RejectsAspecificWithOmvang() {
        assertThat(TR412.check(
                        vow(List.of(), List.of(teWijzigen(2001)), List.of()),
                        stand(new HuidigeToewijzing(
                                2001,
                                new Product("55", null),
                                LocalDate.of(2026, 1, 1),
                                LocalDate.of(2026, 12, 31),
                                null,
                                null,
                                5000L))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR412", "9412", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
