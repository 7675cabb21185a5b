package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD034Test {

    private final CD034 rule = new CD034();

    @Test
    void cd034AcceptsAWoonadresWithAPostcode() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void cd034RejectsAWoonadresWithoutAPostcode() {
        assertThat(rule.check(valid301()
                        .contact(0, c -> c.soort("01").adres(null, null, true))
                        .build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD034", "0001", "Client/Contactgegevens/Contact[1]"));
    }
}
