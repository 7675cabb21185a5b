package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS003Test {

    @Test
    void cs003AcceptsEndOnStart() {
        assertThat(new CS003()
                        .check(vot(withPeriode(aangevraagd("A"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1)))))
                .isEmpty();
    }

    @Test
    void cs003RejectsEndBeforeStart() {
        assertThat(new CS003()
                        .check(vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(
                                        1,
                                        LocalDate.of(2026, 5, 1),
                                        LocalDate.of(2026, 4, 30),
                                        TWEE_UUR_PER_WEEK,
                                        null)),
                                List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS003", "0001", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
