package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.referentie.GemeentecodeRegister;
import nl.ketenhub.referentie.ProductcodeRegister;
import nl.ketenhub.referentie.ReferentieProperties;
import nl.ketenhub.referentie.ReferentieRules;
import nl.ketenhub.referentie.TR378;
import nl.ketenhub.referentie.TR381;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TR378 and TR381 as the 301 applies them, on the shipped CBS list. */
class ExternalSources301Test {

    private static final LocalDate MERGER_VOORNE_AAN_ZEE = LocalDate.of(2023, 1, 1);

    @TempDir
    Path dir;

    private ExternalSources301 checks;

    @BeforeEach
    void registers() throws IOException {
        Path productcodes = Files.writeString(
                dir.resolve("productcodes.csv"), "gemeente,wet,categorie,code\n0363,Jeugdwet,55,EIGEN\n");
        ReferentieProperties properties =
                new ReferentieProperties(Path.of("config/cbs-gemeentecodes.csv"), productcodes, Duration.ofHours(1));
        GemeentecodeRegister gemeentecodes = new GemeentecodeRegister(properties);
        checks = new ExternalSources301(new ReferentieRules(
                new TR378(gemeentecodes), new TR381(new ProductcodeRegister(properties, gemeentecodes))));
    }

    @Test
    void theValid301PassesBoth() {
        assertThat(checks.check(valid301().build())).isEmpty();
    }

    @Test
    void tr378AcceptsANewGemeenteFromItsFirstDay() {
        assertThat(checks.check(valid301()
                        .afzender("1992")
                        .product(0, p -> p.periode(MERGER_VOORNE_AAN_ZEE, LocalDate.of(2023, 3, 31)))
                        .build()))
                .isEmpty();
    }

    @Test
    void tr378RejectsAProductStartingBeforeTheGemeenteExistedOnceOnTheHeader() {
        LocalDate before = MERGER_VOORNE_AAN_ZEE.minusDays(1);
        assertThat(checks.check(valid301()
                        .afzender("1992")
                        .product(0, p -> p.periode(before, LocalDate.of(2023, 3, 31)))
                        .product(1, p -> p.periode(before.minusDays(1), LocalDate.of(2023, 3, 31)))
                        .build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR378", "S300", "Header"));
    }

    @Test
    void tr381RejectsACodeOutsideItsCategoryOnTheProduct() {
        assertThat(checks.check(
                        valid301().product(1, p -> p.product("45", "55A12")).build()))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR381", "S329", "Client/ToegewezenProducten/ToegewezenProduct[2]"));
    }

    @Test
    void tr381UsesTheGemeentesOwnList() {
        assertThat(checks.check(valid301().afzender("0363").build()))
                .extracting(Finding::rule)
                .containsExactly("TR381", "TR381");
        assertThat(checks.check(valid301()
                        .afzender("0363")
                        .product(0, p -> p.product("55", "EIGEN"))
                        .product(1, p -> p.product("55", "EIGEN"))
                        .build()))
                .isEmpty();
    }
}
