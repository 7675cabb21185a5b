package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD077Test {

    private final CD077 rule = new CD077();

    @Test
    void cd077AcceptsBudgetWithoutOmvang() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.aspecifiek("55").budget(500_00L))
                        .build()))
                .isEmpty();
    }

    @Test
    void cd077RejectsBudgetTogetherWithOmvang() {
        assertThat(rule.check(valid301().product(0, p -> p.budget(500_00L)).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD077", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }
}
