package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class TR361Test {

    @Test
    void tr361AcceptsNewProductAfterChangedOne() {
        assertThat(TR361.check(
                        vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        1001,
                                        LocalDate.of(2026, 5, 1),
                                        LocalDate.of(2026, 5, 31),
                                        TWEE_UUR_PER_WEEK,
                                        null)),
                                List.of(nieuw(
                                        new Product("55", "55A11"),
                                        LocalDate.of(2026, 6, 1),
                                        LocalDate.of(2026, 12, 31)))),
                        validStand()))
                .isEmpty();
    }

    @Test
    void tr361RejectsNewProductOverlappingUnchangedOne() {
        assertThat(TR361.check(
                        vow(
                                List.of(1001L),
                                List.of(),
                                List.of(nieuw(
                                        new Product("55", "55A11"),
                                        LocalDate.of(2026, 6, 1),
                                        LocalDate.of(2026, 12, 31)))),
                        validStand()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR361", "9361", "Client/Verzoek/NieuweProducten/NieuwProduct[1]"));
    }
}
