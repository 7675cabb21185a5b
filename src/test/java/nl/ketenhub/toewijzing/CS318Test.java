package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS318Test {

    private final CS318 rule = new CS318();

    @Test
    void cs318AcceptsNaamGebruik1() {
        assertThat(rule.check(valid301().naam("1", false).build())).isEmpty();
    }

    @Test
    void cs318RejectsNaamGebruik6ForTheClient() {
        assertThat(rule.check(valid301().naam("6", false).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS318", "0001", "Client"));
    }
}
