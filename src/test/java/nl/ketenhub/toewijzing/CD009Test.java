package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CD009Test {

    private final CD009 rule = new CD009();

    @Test
    void cd009AcceptsPeriodeOnTijdelijkAdres() {
        assertThat(rule.check(valid301().build())).isEmpty();
    }

    @Test
    void cd009RejectsPeriodeOnWoonadres() {
        assertThat(rule.check(valid301()
                        .contact(0, c -> c.periode(LocalDate.of(2026, 1, 1), null))
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CD009", "Client/Contactgegevens/Contact[1]"));
    }

    @Test
    void cd009RejectsPeriodeOnRelatieContact() {
        assertThat(rule.check(valid301()
                        .relatieContact(1, c -> c.periode(LocalDate.of(2026, 1, 1), null))
                        .build()))
                .extracting(Finding::path)
                .containsExactly("Client/Relaties/Relatie[2]/Contact");
    }
}
