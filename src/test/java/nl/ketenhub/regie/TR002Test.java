package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieTestData.start;
import static nl.ketenhub.regie.RegieTestData.startbericht;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.toewijzing.Geboortedatum;
import org.junit.jupiter.api.Test;

class TR002Test {

    private final TR002 rule = new TR002();
    private final LocalDate limit = RegieTestData.DAGTEKENING.minusYears(120);

    @Test
    void tr002AcceptsAgeUpTo120YearsAndUnknownDates() {
        assertThat(rule.check(startbericht("999900006", new Geboortedatum(limit, null), start())))
                .isEmpty();
        assertThat(rule.check(startbericht("999900006", new Geboortedatum(LocalDate.of(1900, 1, 1), "3"), start())))
                .isEmpty();
    }

    @Test
    void tr002RejectsGeboortedatumMoreThan120YearsBack() {
        assertThat(rule.check(startbericht("999900006", new Geboortedatum(limit.minusDays(1), null), start())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR002", "0001", "Client"));
    }
}
