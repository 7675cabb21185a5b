package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD025Test {

    private final CD025 rule = new CD025();

    @Test
    void cd025AcceptsADutchAddressWithAHuis() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void cd025RejectsADutchAddressWithoutAHuis() {
        assertThat(rule.check(valid301()
                        .relatieContact(0, c -> c.adres("NL", "9999XX", false))
                        .build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("CD025", "0001", "Client/Relaties/Relatie[1]/Contact"));
    }
}
