package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD005Test {

    private final CD005 rule = new CD005();

    @Test
    void cd005AcceptsPostcodeWithLandCode() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void cd005RejectsAPostcodeWithoutLandCode() {
        assertThat(rule.check(valid301()
                        .contact(0, c -> c.adres(null, "9999XX", true))
                        .build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD005", "0001", "Client/Contactgegevens/Contact[1]"));
    }
}
