package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR002Test {

    @Test
    void tr002AcceptsBornWithin120Years() {
        assertThat(new TR002().check(validVot())).isEmpty();
    }

    @Test
    void tr002RejectsBornMoreThan120YearsAgo() {
        assertThat(new TR002()
                        .check(new VerzoekOmToewijzing(
                                header(BerichtType.JW315),
                                "999911089",
                                LocalDate.of(1900, 1, 1),
                                null,
                                null,
                                List.of(aangevraagd("A")))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR002", "0001", "Client"));
    }
}
