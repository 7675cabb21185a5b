package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD086Test {

    @Test
    void cd086AcceptsInOnderzoekWithoutReason() {
        assertThat(new CD086().check(antwoord("2", null, null))).isEmpty();
    }

    @Test
    void cd086RejectsInOnderzoekWithReason() {
        assertThat(new CD086().check(antwoord("2", "7", null)))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD086", "0001", "Antwoord"));
    }
}
