package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS002Test {

    @Test
    void cs002AcceptsValidBsn() {
        assertThat(new CS002().check(validVot())).isEmpty();
    }

    @Test
    void cs002RejectsBsnFailingTheElfproef() {
        assertThat(new CS002()
                        .check(new VerzoekOmWijziging(
                                header(BerichtType.JW317),
                                "999911088",
                                "R",
                                "1",
                                List.of(1L),
                                List.of(),
                                List.of(nieuw()))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS002", "0001", "Client"));
    }
}
