package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD085Test {

    @Test
    void cd085AcceptsRejectionWithReason() {
        assertThat(new CD085().check(antwoord("1", "7", null))).isEmpty();
    }

    @Test
    void cd085RejectsRejectionWithoutReason() {
        assertThat(new CD085().check(antwoord("1", null, null)))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD085", "0001", "Antwoord"));
    }
}
