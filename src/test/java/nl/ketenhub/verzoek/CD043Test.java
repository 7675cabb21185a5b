package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD043Test {

    @Test
    void cd043AcceptsNummerWithIngangsdatum() {
        assertThat(new CD043().check(vot(withBeschikking(aangevraagd("A"), 123L, LocalDate.of(2026, 3, 15)))))
                .isEmpty();
    }

    @Test
    void cd043RejectsNummerWithoutIngangsdatum() {
        assertThat(new CD043().check(vot(withBeschikking(aangevraagd("A"), 123L, null))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD043", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
