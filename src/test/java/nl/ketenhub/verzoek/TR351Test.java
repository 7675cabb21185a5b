package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR351Test {

    @Test
    void tr351AcceptsCurrentToewijzing() {
        assertThat(TR351.check(validVow(), validStand())).isEmpty();
    }

    @Test
    void tr351RejectsUnknownToewijzing() {
        assertThat(TR351.check(validVow(), stand(toewijzing(1001))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR351", "9351", "Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]"));
    }
}
