package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import org.junit.jupiter.api.Test;

class Toewijzing301ChecksTest {

    /** 2026-04-01 12:00 UTC: the builder's Dagtekening is today. */
    private final Toewijzing301Checks checks =
            new Toewijzing301Checks(Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void validMessageHasNoFindings() {
        assertThat(checks.check(valid301().build())).isEmpty();
    }

    @Test
    void runsEveryRuleAndTr135() {
        Toewijzingbericht bericht = valid301()
                .bsn("999900007")
                .dagtekening(LocalDate.of(2026, 4, 2))
                .product(0, p -> p.redenWijziging("01"))
                .product(1, p -> p.geenOmvang())
                .build();

        assertThat(checks.check(bericht))
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder("CS002", "CS336", "CD041", "TR135");
        assertThat(checks.check(bericht))
                .filteredOn(f -> f.rule().equals("TR135"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.EXTERNAL);
                    assertThat(f.retourCode()).isEqualTo("8848");
                    assertThat(f.path()).isEqualTo("Header");
                });
    }

    @Test
    void noFindingMessageContainsTheBsn() {
        Toewijzingbericht bericht = valid301()
                .bsn("999911121")
                .contact(0, c -> c.soort("05").telefoon(false).huisEnPostcode(false))
                .product(0, p -> p.budget(1L).eind(null))
                .build();

        assertThat(checks.check(bericht)).hasSizeGreaterThan(3).allSatisfy(f -> assertThat(f.message())
                .doesNotContain("999911121"));
    }
}
