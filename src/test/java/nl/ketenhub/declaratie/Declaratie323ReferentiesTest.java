package nl.ketenhub.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.referentie.ReferentieFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TR378 and TR381 on the 323: the gemeente (Ontvanger) on the Dagtekening, the product of every
 * prestatie (1992 exists from 2023-01-01).
 */
class Declaratie323ReferentiesTest {

    @TempDir
    Path dir;

    private Declaratie323Handler handler;

    @BeforeEach
    void rules() {
        handler = new Declaratie323Handler(
                null, null, null, null, null, null, null, ReferentieFixtures.shippedRules(dir));
    }

    @Test
    void theValidDeclarationPasses() {
        assertThat(handler.externalSources(Declaraties.valid323().build())).isEmpty();
    }

    @Test
    void tr378UsesTheDagtekening() {
        Declaratiebericht valid = Declaraties.valid323().build();

        assertThat(handler.externalSources(aan1992(valid, LocalDate.of(2022, 12, 5))))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR378", "S300", "Header"));
        assertThat(handler.externalSources(aan1992(valid, LocalDate.of(2023, 1, 5))))
                .isEmpty();
    }

    @Test
    void tr381RejectsThePrestatieWithACodeOutsideItsCategory() {
        Declaratiebericht.Prestatie wrong = new Declaratiebericht.Prestatie(
                "RN2",
                null,
                1001,
                "45",
                "55A11",
                Declaraties.APRIL,
                Declaraties.END_OF_APRIL,
                4,
                "04",
                1250L,
                5000,
                "D");

        assertThat(handler.externalSources(Declaraties.of(Declaraties.debit("RN1"), wrong)))
                .extracting(Finding::rule, Finding::retourCode, Finding::path)
                .containsExactly(tuple("TR381", "S329", Declaratiebericht.prestatiePath(0, 1)));
    }

    private static Declaratiebericht aan1992(Declaratiebericht d, LocalDate dagtekening) {
        BerichtHeader h = d.header();
        return new Declaratiebericht(
                new BerichtHeader(
                        BerichtType.JW323,
                        h.afzender(),
                        "1992",
                        h.identificatie(),
                        dagtekening,
                        h.basisschemaXsdVersie(),
                        h.berichtXsdVersie()),
                d.declaratieNummer(),
                d.periodeBegin(),
                d.periodeEind(),
                d.dagtekening(),
                d.totaalIngediendBedrag(),
                d.totaalDebetCredit(),
                d.clienten());
    }
}
