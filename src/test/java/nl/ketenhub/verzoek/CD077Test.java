package nl.ketenhub.verzoek;

import static nl.ketenhub.verzoek.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;

class CD077Test {

    @Test
    void cd077AcceptsBudgetAlone() {
        assertThat(new CD077().check(vot(withProduct(aangevraagd("A"), null, null, 1000L))))
                .isEmpty();
    }

    @Test
    void cd077RejectsBudgetWithOmvang() {
        assertThat(new CD077()
                        .check(vot(
                                withProduct(aangevraagd("A"), new Product("55", "55A11"), TWEE_UUR_PER_WEEK, 1000L))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD077", "0001", "Client/AangevraagdeProducten/AangevraagdProduct[1]"));
    }
}
