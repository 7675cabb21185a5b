package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD080Test {

    private final CD080 rule = new CD080();

    @Test
    void cd080AcceptsOmvangWithoutCodeWhenToewijzingEndedIn2020() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.product("55", null)
                                .periode(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
                        .build()))
                .isEmpty();
    }

    @Test
    void cd080RejectsOmvangWithoutCodeAfter2020() {
        assertThat(rule.check(valid301().product(0, p -> p.product("55", null)).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD080", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }

    @Test
    void cd080RejectsOmvangWithoutCodeWhenOpenEnded() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.product("55", null).eind(null))
                        .build()))
                .hasSize(1);
    }
}
