package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR365Test {

    @Test
    void tr365AcceptsRejectionAfterInOnderzoek() {
        assertThat(TR365.check(antwoord("1", "7", null), new Stand319(true, false, List.of("2"))))
                .isEmpty();
    }

    @Test
    void tr365RejectsAnswerAfterRejection() {
        assertThat(TR365.check(antwoord("1", "7", null), new Stand319(true, false, List.of("1"))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR365", "9365", "Antwoord"));
    }
}
