package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR353Test {

    @Test
    void tr353AcceptsNieuwProduct() {
        assertThat(new TR353().check(vow(List.of(1L), List.of(), List.of(nieuw()))))
                .isEmpty();
    }

    @Test
    void tr353RejectsOnlyOngewijzigd() {
        assertThat(new TR353().check(vow(List.of(1L), List.of(), List.of())))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR353", "0001", "Client/Verzoek"));
    }
}
