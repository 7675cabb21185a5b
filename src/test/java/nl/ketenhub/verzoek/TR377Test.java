package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR377Test {

    @Test
    void tr377AcceptsReason8WithGemeente() {
        assertThat(new TR377().check(antwoord("1", "8", "1916"))).isEmpty();
    }

    @Test
    void tr377RejectsReason8WithoutGemeente() {
        assertThat(new TR377().check(antwoord("1", "8", null)))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR377", "0001", "Antwoord"));
    }
}
