package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS338Test {

    private final CS338 rule = new CS338();

    @Test
    void cs338AcceptsDagdeelPerWeekAndUurPerDag() {
        assertThat(rule.check(valid301().product(0, p -> p.omvang(1, "04", "1")).build()))
                .isEmpty();
    }

    @Test
    void cs338AcceptsDagdeelPerDagWhenToewijzingEndedIn2020() {
        assertThat(rule.check(valid301()
                        .product(1, p -> p.omvang(1, "16", "1")
                                .periode(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
                        .build()))
                .isEmpty();
    }

    @Test
    void cs338RejectsDagdeelPerDag() {
        assertThat(rule.check(valid301().product(1, p -> p.omvang(1, "16", "1")).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CS338", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }

    @Test
    void cs338RejectsEuroPerDagWhenOpenEnded() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.omvang(100, "83", "1").eind(null))
                        .build()))
                .hasSize(1);
    }
}
