package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR360Test {

    @Test
    void tr360AcceptsFirstInOnderzoek() {
        assertThat(TR360.check(antwoord("2", null, null), new Stand319(true, false, List.of())))
                .isEmpty();
    }

    @Test
    void tr360RejectsSecondInOnderzoek() {
        assertThat(TR360.check(antwoord("2", null, null), new Stand319(true, false, List.of("2"))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR360", "9360", "Antwoord"));
    }
}
