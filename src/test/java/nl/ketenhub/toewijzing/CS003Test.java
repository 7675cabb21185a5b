package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class CS003Test {

    private final CS003 rule = new CS003();

    @Test
    void cs003AcceptsEinddatumOnOrAfterIngangsdatum() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.periode(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)))
                        .build()))
                .isEmpty();
    }

    @Test
    void cs003RejectsProductEndingBeforeItStarts() {
        assertThat(rule.check(valid301()
                        .product(1, p -> p.periode(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 1)))
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("CS003", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }

    @Test
    void cs003RejectsContactPeriodeEndingBeforeItStarts() {
        assertThat(rule.check(valid301()
                        .contact(1, c -> c.periode(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                        .build()))
                .extracting(Finding::path)
                .containsExactly("Client/Contactgegevens/Contact[2]");
    }

    @Test
    void cs003RejectsRelatieContactPeriodeEndingBeforeItStarts() {
        assertThat(rule.check(valid301()
                        .relatieContact(1, c -> c.periode(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                        .build()))
                .extracting(Finding::path)
                .containsExactly("Client/Relaties/Relatie[2]/Contact");
    }
}
