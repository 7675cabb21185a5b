package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Omvang;
import org.junit.jupiter.api.Test;

class CS338Test {

    @Test
    void cs338AcceptsHoursPerDay() {
        assertThat(new CS338()
                        .check(vow(
                                List.of(1L),
                                List.of(new TeWijzigenProduct(
                                        1,
                                        LocalDate.of(2026, 5, 1),
                                        LocalDate.of(2026, 6, 1),
                                        new Omvang(2, "04", "1"),
                                        null)),
                                List.of())))
                .isEmpty();
    }

    @Test
    void cs338RejectsEtmaalPerDag() {
        assertThat(new CS338()
                        .check(vow(
                                List.of(1L),
                                List.of(new TeWijzigenProduct(
                                        1,
                                        LocalDate.of(2026, 5, 1),
                                        LocalDate.of(2026, 6, 1),
                                        new Omvang(2, "14", "1"),
                                        null)),
                                List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS338", "0001", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
