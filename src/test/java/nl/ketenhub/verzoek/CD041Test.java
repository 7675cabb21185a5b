package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class CD041Test {

    @Test
    void cd041AcceptsAspecifiekWithoutOmvang() {
        assertThat(new CD041().check(vot(withProduct(aangevraagd("A"), new Product("55", null), null, 1000L))))
                .isEmpty();
    }

    @Test
    void cd041RejectsCodeWithoutOmvang() {
        assertThat(new CD041().check(vot(withProduct(aangevraagd("A"), new Product("55", "55A11"), null, null))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD041", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
