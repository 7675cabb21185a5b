package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD075Test {

    @Test
    void cd075AcceptsBudgetWithEnd() {
        assertThat(new CD075().check(vot(withProduct(aangevraagd("A"), null, null, 1000L))))
                .isEmpty();
    }

    @Test
    void cd075RejectsBudgetWithoutEnd() {
        assertThat(new CD075()
                        .check(vow(
                                List.of(),
                                List.of(new TeWijzigenProduct(1, LocalDate.of(2026, 5, 1), null, null, 1000L)),
                                List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD075", "0001", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
