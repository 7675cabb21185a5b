package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR409Test {

    @Test
    void tr409AcceptsNoGemeenteWithReason7() {
        assertThat(new TR409().check(antwoord("1", "7", null))).isEmpty();
    }

    @Test
    void tr409RejectsGemeenteWithReason7() {
        assertThat(new TR409().check(antwoord("1", "7", "1916")))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR409", "0001", "Antwoord/Woonplaatsbeginsel"));
    }
}
