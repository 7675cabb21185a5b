package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD068Test {

    @Test
    void cd068AcceptsGemeenteWithName() {
        assertThat(new CD068().check(vot(withVerwijzer(aangevraagd("A"), new Verwijzer("01", "Wijkteam", null)))))
                .isEmpty();
    }

    @Test
    void cd068RejectsZelfverwijzerWithCode() {
        assertThat(new CD068().check(vot(withVerwijzer(aangevraagd("A"), new Verwijzer("06", null, "01999991")))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD068", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
