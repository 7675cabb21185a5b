package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR002Test {

    private final TR002 rule = new TR002();

    @Test
    void tr002AcceptsExactly120YearsBeforeDagtekening() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(1906, 4, 1), null).build()))
                .isEmpty();
    }

    @Test
    void tr002AcceptsUnknownBirthDate() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(1900, 1, 1), "3").build()))
                .isEmpty();
    }

    @Test
    void tr002RejectsBirthDateMoreThan120YearsBack() {
        assertThat(rule.check(valid301()
                        .geboortedatum(LocalDate.of(1906, 3, 31), null)
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR002", "Client"));
    }

    @Test
    void tr002RejectsPartlyUnknownBirthDateFarBack() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(1900, 1, 1), "2").build()))
                .hasSize(1);
    }
}
