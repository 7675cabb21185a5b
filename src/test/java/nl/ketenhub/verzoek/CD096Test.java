package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class CD096Test {

    @Test
    void cd096AcceptsOmvangWithCode() {
        assertThat(new CD096().check(validVow())).isEmpty();
    }

    @Test
    void cd096RejectsNieuwProductOmvangWithoutCode() {
        assertThat(new CD096()
                        .check(vow(
                                List.of(1L),
                                List.of(),
                                List.of(nieuw(
                                        new Product("55", null), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD096", "0001", "Client/Verzoek/NieuweProducten/NieuwProduct[1]"));
    }
}
