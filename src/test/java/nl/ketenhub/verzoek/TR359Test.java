package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR359Test {

    @Test
    void tr359AcceptsNotYetAssigned() {
        assertThat(TR359.check(antwoord("1", "7", null), new Stand319(true, false, List.of("2"))))
                .isEmpty();
    }

    @Test
    void tr359RejectsAlreadyAssigned() {
        assertThat(TR359.check(antwoord("1", "7", null), new Stand319(true, true, List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR359", "9359", "Antwoord"));
    }
}
