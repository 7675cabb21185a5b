package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR347Test {

    @Test
    void tr347AcceptsNewReference() {
        assertThat(TR347.check(validVot(), stand315(false, "OTHER"))).isEmpty();
    }

    @Test
    void tr347RejectsKnownReference() {
        assertThat(TR347.check(vot(aangevraagd("A"), aangevraagd("B")), stand315(false, "B")))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR347", "9347", "Client/AangevraagdeProducten/AangevraagdProduct[2]"));
    }
}
