package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR304Test {

    @Test
    void tr304AcceptsKnownClient() {
        assertThat(TR304.check(validStand())).isEmpty();
    }

    @Test
    void tr304RejectsClientWithoutToewijzingen() {
        assertThat(TR304.check(stand()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR304", "8187", "Client"));
    }
}
