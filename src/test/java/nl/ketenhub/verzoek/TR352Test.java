package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR352Test {

    @Test
    void tr352AcceptsOngewijzigdOnly() {
        assertThat(new TR352().check(vow(List.of(1L), List.of(), List.of(nieuw()))))
                .isEmpty();
    }

    @Test
    void tr352RejectsOnlyNieuweProducten() {
        assertThat(new TR352().check(vow(List.of(), List.of(), List.of(nieuw()))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR352", "0001", "Client/Verzoek"));
    }
}
