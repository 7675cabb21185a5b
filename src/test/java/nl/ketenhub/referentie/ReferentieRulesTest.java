package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TR378 once on the Header over all relevant dates, TR381 per product on its class's path. */
class ReferentieRulesTest {

    private static final LocalDate BEFORE_VOORNE_AAN_ZEE = LocalDate.of(2022, 12, 31);

    @TempDir
    Path dir;

    @Test
    void validCodesAndProductsPass() {
        assertThat(ReferentieFixtures.shippedRules(dir)
                        .check(
                                "1992",
                                Standaard.IJW,
                                List.of(LocalDate.of(2023, 1, 1)),
                                Arrays.asList(new Product("55", "55A11"), null, new Product("55", null)),
                                i -> "P" + i))
                .isEmpty();
    }

    @Test
    void aGemeenteThatDidNotExistOnTwoDatesIsReportedOnceOnTheHeader() {
        assertThat(ReferentieFixtures.shippedRules(dir)
                        .check(
                                "1992",
                                Standaard.IJW,
                                List.of(BEFORE_VOORNE_AAN_ZEE, BEFORE_VOORNE_AAN_ZEE.minusDays(1)),
                                List.of(),
                                i -> "P" + i))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR378", "S300", "Header"));
    }

    @Test
    void aCodeOutsideItsCategoryIsReportedOnItsClass() {
        assertThat(ReferentieFixtures.shippedRules(dir)
                        .check(
                                "0384",
                                Standaard.IJW,
                                List.of(LocalDate.of(2026, 4, 1)),
                                List.of(new Product("55", "55A11"), new Product("45", "55A12")),
                                i -> "P" + i))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR381", "S329", "P1"));
    }
}
