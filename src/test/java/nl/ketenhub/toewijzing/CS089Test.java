package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS089Test {

    private final CS089 rule = new CS089();

    @Test
    void cs089AcceptsADutchPostcode() {
        assertThat(rule.check(valid301()
                        .contact(0, c -> c.adres("NL", "1234AB", true))
                        .build()))
                .isEmpty();
    }

    @Test
    void cs089RejectsADutchPostcodeInAnotherFormat() {
        assertThat(rule.check(valid301()
                        .contact(0, c -> c.adres("NL", "1234 ab", true))
                        .build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CS089", "0001", "Client/Contactgegevens/Contact[1]"));
    }
}
