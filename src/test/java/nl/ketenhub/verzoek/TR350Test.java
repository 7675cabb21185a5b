package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR350Test {

    @Test
    void tr350AcceptsCurrentToewijzing() {
        assertThat(TR350.check(validVow(), validStand())).isEmpty();
    }

    @Test
    void tr350RejectsEndedToewijzing() {
        assertThat(TR350.check(
                        validVow(),
                        stand(
                                toewijzing(
                                        1001,
                                        new Product("55", "55A11"),
                                        LocalDate.of(2025, 1, 1),
                                        LocalDate.of(2026, 3, 31)),
                                toewijzing(1002))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR350", "9350", "Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[1]"));
    }
}
