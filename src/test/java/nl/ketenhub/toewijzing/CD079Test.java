package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD079Test {

    private final CD079 rule = new CD079();

    @Test
    void cd079AcceptsGeneriekWithBudget() {
        assertThat(rule.check(valid301().product(0, p -> p.generiek(100_00)).build()))
                .isEmpty();
    }

    @Test
    void cd079RejectsNoProductAndNoBudget() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.zonderProduct().geenOmvang())
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD079", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }
}
