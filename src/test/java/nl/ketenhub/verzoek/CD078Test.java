package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class CD078Test {

    @Test
    void cd078AcceptsOmvangAlone() {
        assertThat(new CD078().check(validVow())).isEmpty();
    }

    @Test
    void cd078RejectsOmvangWithBudget() {
        assertThat(new CD078()
                        .check(vow(
                                List.of(1L),
                                List.of(),
                                List.of(new NieuwProduct(
                                        new Product("55", "55A12"),
                                        LocalDate.of(2026, 5, 1),
                                        LocalDate.of(2026, 6, 1),
                                        TWEE_UUR_PER_WEEK,
                                        500L)))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD078", "0001", "Client/Verzoek/NieuweProducten/NieuwProduct[1]"));
    }
}
