package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import org.junit.jupiter.api.Test;

class TR134Test {

    private final TR134 rule = new TR134();

    @Test
    void tr134AcceptsToewijzingsdatumOnDagtekeningAndIngangsdatumInFuture() {
        assertThat(rule.check(valid301()
                        .product(0, p -> p.periode(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 1)))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr134RejectsToewijzingsdatumAfterDagtekening() {
        assertThat(rule.check(valid301()
                        .product(1, p -> p.toewijzingsdatum(LocalDate.of(2026, 4, 2)))
                        .build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR134", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }

    @Test
    void tr134RejectsGeboortedatumAfterDagtekening() {
        assertThat(rule.check(
                        valid301().geboortedatum(LocalDate.of(2026, 4, 2), null).build()))
                .extracting(Finding::rule, Finding::path)
                .containsExactly(tuple("TR134", "Client"));
    }
}
