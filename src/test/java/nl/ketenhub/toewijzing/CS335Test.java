package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS335Test {

    private final CS335 rule = new CS335();

    @Test
    void cs335AcceptsRedenWijziging13WithEinddatumEqualToIngangsdatum() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.redenWijziging("13").eind(Toewijzing301Builder.DAGTEKENING))
                        .build()))
                .isEmpty();
    }

    @Test
    void cs335RejectsRedenWijziging13WithOtherEinddatum() {
        assertThat(rule.check(valid301().product(0, p -> p.redenWijziging("13")).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CS335", "Client/ToegewezenProducten/ToegewezenProduct[1]"));
    }

    @Test
    void cs335RejectsRedenWijziging13WithoutEinddatum() {
        assertThat(rule.check(valid301()
                        .product(
                                0,
                                p -> p.redenWijziging("13").omvang(1, "04", "4").eind(null))
                        .build()))
                .hasSize(1);
    }
}
