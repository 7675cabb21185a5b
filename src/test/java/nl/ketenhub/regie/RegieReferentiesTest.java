package nl.ketenhub.regie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.referentie.ReferentieFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TR378 and TR381 on the 305 and 307: the gemeente (Ontvanger) on the ToewijzingIngangsdatum of
 * every class, the Product of every class (1992 exists from 2023-01-01).
 */
class RegieReferentiesTest {

    @TempDir
    Path dir;

    private RegieProcessing processing;

    @BeforeEach
    void rules() {
        processing = new RegieProcessing(null, null, ReferentieFixtures.shippedRules(dir));
    }

    @Test
    void theValidStartAndStopPass() {
        assertThat(processing.externalSources(RegieTestData.startbericht(RegieTestData.start())))
                .isEmpty();
        assertThat(processing.externalSources(RegieTestData.stopbericht(RegieTestData.stop("20", null))))
                .isEmpty();
    }

    @Test
    void tr378UsesTheToewijzingIngangsdatumOfEveryClass() {
        StartProduct before = new StartProduct(
                1001L, RegieTestData.PRODUCT, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 2, 1), "1");
        StartProduct after =
                new StartProduct(1001L, RegieTestData.PRODUCT, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1), "1");

        assertThat(processing.externalSources(aan1992(before)))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR378", "S300", "Header"));
        assertThat(processing.externalSources(aan1992(after))).isEmpty();
    }

    @Test
    void tr381JudgesTheProductOfEveryClass() {
        Stopbericht stop = RegieTestData.stopbericht(
                RegieTestData.stop("20", null),
                new StopProduct(
                        1002L,
                        new Product("45", "55A11"),
                        RegieTestData.TOEWIJZING_INGANG,
                        RegieTestData.BEGIN,
                        "20",
                        null,
                        "1"));

        assertThat(processing.externalSources(stop))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR381", "S329", stop.klassePath(1)));
    }

    private static Startbericht aan1992(StartProduct product) {
        Startbericht start = RegieTestData.startbericht(product);
        BerichtHeader header = start.header();
        return new Startbericht(
                new BerichtHeader(
                        BerichtType.JW305,
                        header.afzender(),
                        "1992",
                        header.identificatie(),
                        header.dagtekening(),
                        header.basisschemaXsdVersie(),
                        header.berichtXsdVersie()),
                start.bsn(),
                start.geboortedatum(),
                start.producten());
    }
}
