package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS139Test {

    private final CS139 rule = new CS139();

    @Test
    void cs139AcceptsAKnownDateAndAConsistentDayUnknown() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(2010, 2, 1), "1").build()))
                .isEmpty();
    }

    @Test
    void cs139RejectsDatumGebruik2WithADayAndMonth() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(2010, 2, 14), "2").build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS139", "0001", "Client"));
    }

    @Test
    void cs139RejectsDatumGebruik3NotOn19000101() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(1901, 1, 1), "3").build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS139", "0001", "Client"));
    }
}
