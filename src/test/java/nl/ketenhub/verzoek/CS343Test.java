package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class CS343Test {

    @Test
    void cs343AcceptsDagdeelPerWeek() {
        assertThat(new CS343()
                        .check(vot(withProduct(
                                aangevraagd("A"), new Product("55", "55A11"), new Omvang(2, "16", "2"), null))))
                .isEmpty();
    }

    @Test
    void cs343RejectsDagdeelPerDag() {
        assertThat(new CS343()
                        .check(vot(withProduct(
                                aangevraagd("A"), new Product("55", "55A11"), new Omvang(2, "16", "1"), null))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS343", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
