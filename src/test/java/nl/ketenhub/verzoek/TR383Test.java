package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR383Test {

    @Test
    void tr383AcceptsDistinctReferences() {
        assertThat(new TR383().check(vot(aangevraagd("A"), aangevraagd("B")))).isEmpty();
    }

    @Test
    void tr383RejectsRepeatedReference() {
        assertThat(new TR383().check(vot(aangevraagd("A"), aangevraagd("A"))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR383", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[2]"));
    }
}
