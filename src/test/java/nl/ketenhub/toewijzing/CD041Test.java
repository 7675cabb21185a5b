package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD041Test {

    private final CD041 rule = new CD041();

    @Test
    void cd041AcceptsAspecifiekWithoutOmvang() {
        assertThat(rule.check(valid301().product(0, p -> p.aspecifiek("55")).build()))
                .isEmpty();
    }

    @Test
    void cd041RejectsProductCodeWithoutOmvang() {
        assertThat(rule.check(valid301().product(0, p -> p.geenOmvang()).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD041", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }
}
