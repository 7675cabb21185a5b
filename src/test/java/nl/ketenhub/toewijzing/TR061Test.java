package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR061Test {

    private final TR061 rule = new TR061();

    @Test
    void tr061AcceptsClientWithPostadres() {
        assertThat(rule.check(valid301().contact(0, c -> c.soort("02")).build()))
                .isEmpty();
    }

    @Test
    void tr061RejectsClientWithOnlyTijdelijkAdres() {
        assertThat(rule.check(valid301().contact(0, c -> c.soort("05")).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR061", "Client"));
    }
}
