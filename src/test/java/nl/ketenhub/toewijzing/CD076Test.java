package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD076Test {

    private final CD076 rule = new CD076();

    @Test
    void cd076AcceptsOpenEndedToewijzingPerMaand() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.omvang(8, "04", "4").eind(null))
                        .build()))
                .isEmpty();
    }

    @Test
    void cd076RejectsPerWeekWithoutEinddatum() {
        assertThat(rule.check(valid301().product(1, p -> p.eind(null)).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD076", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }
}
