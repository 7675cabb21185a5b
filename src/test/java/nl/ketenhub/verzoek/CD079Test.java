package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD079Test {

    @Test
    void cd079AcceptsTeWijzigenWithoutProduct() {
        assertThat(new CD079().check(validVow())).isEmpty();
    }

    @Test
    void cd079RejectsNoProductNoBudget() {
        assertThat(new CD079().check(vot(withProduct(aangevraagd("A"), null, null, null))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD079", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
