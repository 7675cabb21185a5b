package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD075Test {

    private final CD075 rule = new CD075();

    @Test
    void cd075AcceptsBudgetWithEinddatum() {
        assertThat(rule.check(valid301().product(0, p -> p.generiek(100_00)).build()))
                .isEmpty();
    }

    @Test
    void cd075RejectsBudgetWithoutEinddatum() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.generiek(100_00).eind(null))
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD075", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }
}
