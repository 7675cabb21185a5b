package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD076Test {

    @Test
    void cd076AcceptsPerWeekWithEnd() {
        assertThat(new CD076().check(validVow())).isEmpty();
    }

    @Test
    void cd076RejectsPerWeekWithoutEnd() {
        assertThat(new CD076().check(vot(withPeriode(aangevraagd("A"), LocalDate.of(2026, 5, 1), null))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD076", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
