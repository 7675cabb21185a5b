package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD066Test {

    @Test
    void cd066AcceptsHuisartsWithName() {
        assertThat(new CD066().check(vot(withVerwijzer(aangevraagd("A"), new Verwijzer("02", "Dokter", null)))))
                .isEmpty();
    }

    @Test
    void cd066RejectsHuisartsWithoutCodeOrName() {
        assertThat(new CD066().check(vot(withVerwijzer(aangevraagd("A"), new Verwijzer("02", null, null)))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD066", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
