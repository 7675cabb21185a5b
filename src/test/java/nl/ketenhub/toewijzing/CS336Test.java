package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS336Test {

    private final CS336 rule = new CS336();

    @Test
    void cs336AcceptsOtherRedenWijziging() {
        assertThat(rule.check(valid301().product(0, p -> p.redenWijziging("02")).build()))
                .isEmpty();
    }

    @Test
    void cs336RejectsRedenWijziging01() {
        assertThat(rule.check(valid301().product(1, p -> p.redenWijziging("01")).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CS336", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }
}
