package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR006Test {

    private final TR006 rule = new TR006();

    @Test
    void tr006AcceptsContactWithOnlyTelefoonOrOnlyAdres() {
        assertThat(rule.check(valid301()
                        .contact(0, c -> c.huisEnPostcode(false))
                        .contact(1, c -> c.telefoon(false))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr006RejectsContactWithoutTelefoonAndAdres() {
        assertThat(rule.check(valid301()
                        .contact(1, c -> c.telefoon(false).huisEnPostcode(false))
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR006", "Client/Contactgegevens/Contact[2]"));
    }

    @Test
    void tr006RejectsRelatieContactWithoutTelefoonAndAdres() {
        assertThat(rule.check(valid301()
                        .relatieContact(0, c -> c.telefoon(false).huisEnPostcode(false))
                        .build()))
                .extracting(Finding::path)
                .containsExactly("Client/Relaties/Relatie[1]/Contact");
    }
}
