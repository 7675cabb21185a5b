package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR355Test {

    @Test
    void tr355AcceptsKnownRequest() {
        assertThat(TR355.check(antwoord("2", null, null), new Stand319(true, false, List.of())))
                .isEmpty();
    }

    @Test
    void tr355RejectsUnknownRequest() {
        assertThat(TR355.check(antwoord("2", null, null), new Stand319(false, false, List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR355", "9355", "Antwoord"));
    }
}
