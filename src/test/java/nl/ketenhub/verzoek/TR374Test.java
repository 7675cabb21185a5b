package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR374Test {

    @Test
    void tr374AcceptsNothingPending() {
        assertThat(TR374.check(validStand().verzoekOnderhanden())).isEmpty();
    }

    @Test
    void tr374RejectsPendingRequest() {
        assertThat(TR374.check(stand315(true).verzoekOnderhanden()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR374", "9374", "Client"));
    }
}
