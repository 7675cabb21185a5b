package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD078Test {

    private final CD078 rule = new CD078();

    @Test
    void cd078AcceptsOmvangWithoutBudget() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void cd078RejectsOmvangTogetherWithBudget() {
        assertThat(rule.check(valid301().product(1, p -> p.budget(1L)).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD078", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }
}
