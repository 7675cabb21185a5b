package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR380Test {

    @Test
    void tr380AcceptsStartOnTheDagtekening() {
        assertThat(new TR380()
                        .check(vow(
                                List.of(1L), List.of(), List.of(nieuw(new Product("55", "55A12"), DAGTEKENING, null)))))
                .isEmpty();
    }

    @Test
    void tr380RejectsStartBeforeTheDagtekening() {
        assertThat(new TR380()
                        .check(vow(
                                List.of(1L),
                                List.of(),
                                List.of(nieuw(new Product("55", "55A12"), DAGTEKENING.minusDays(1), null)))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR380", "0001", "Client/Verzoek/NieuweProducten/NieuwProduct[1]"));
    }
}
