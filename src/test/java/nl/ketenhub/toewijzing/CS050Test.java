package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS050Test {

    private final CS050 rule = new CS050();

    @Test
    void cs050AcceptsNaamGebruik3WithAPartnernaam() {
        assertThat(rule.check(valid301().naam("3", true).build())).isEmpty();
    }

    @Test
    void cs050RejectsNaamGebruik2WithoutAPartnernaam() {
        assertThat(rule.check(valid301().naam("2", false).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS050", "0001", "Client"));
    }

    @Test
    void cs050RejectsNaamGebruik6WithAPartnernaamOfARelatie() {
        assertThat(rule.check(valid301().relatieNaam(1, "6", true).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS050", "0001", "Client/Relaties/Relatie[2]"));
    }
}
