package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD067Test {

    @Test
    void cd067AcceptsCodeWithoutName() {
        assertThat(new CD067().check(validVot())).isEmpty();
    }

    @Test
    void cd067RejectsCodeAndName() {
        assertThat(new CD067()
                        .check(vot(withVerwijzer(aangevraagd("A"), new Verwijzer("05", "Specialist", "01999991")))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD067", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
