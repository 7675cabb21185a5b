package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class CD095Test {

    @Test
    void cd095AcceptsOmvangWithCode() {
        assertThat(new CD095().check(validVot())).isEmpty();
    }

    @Test
    void cd095RejectsOmvangWithoutCode() {
        assertThat(new CD095()
                        .check(vot(withProduct(aangevraagd("A"), new Product("55", null), TWEE_UUR_PER_WEEK, null))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD095", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
