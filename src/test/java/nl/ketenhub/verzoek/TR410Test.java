package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR410Test {

    @Test
    void tr410AcceptsDifferentCodes() {
        assertThat(new TR410()
                        .check(vow(
                                List.of(1L),
                                List.of(),
                                List.of(nieuw(), nieuw(new Product("55", "55A11"), DAGTEKENING, null)))))
                .isEmpty();
    }

    @Test
    void tr410RejectsSameCodeOverlapping() {
        assertThat(new TR410()
                        .check(vow(
                                List.of(1L),
                                List.of(),
                                List.of(nieuw(), nieuw(new Product("55", "55A12"), LocalDate.of(2026, 12, 1), null)))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR410", "0001", "Client/Verzoek/NieuweProducten/NieuwProduct[2]"));
    }
}
