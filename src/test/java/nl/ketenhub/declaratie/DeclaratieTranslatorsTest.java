package nl.ketenhub.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 323 and 325 translators on the published samples. */
class DeclaratieTranslatorsTest {

    private static IntakeInspector inspector;
    private static BerichtUnmarshaller unmarshaller;

    @BeforeAll
    static void compileOnce() throws Exception {
        inspector = new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
        unmarshaller = new BerichtUnmarshaller();
    }

    @Test
    void translatesJw323() throws Exception {
        Declaratiebericht bericht =
                new Declaratie323Translator(unmarshaller).translate(inbound("ijw/3.2/berichten/JW323.xml"));

        assertThat(bericht.header().type()).isEqualTo(BerichtType.JW323);
        assertThat(bericht.declaratieNummer()).isEqualTo("DN001");
        assertThat(bericht.periodeBegin()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(bericht.periodeEind()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(bericht.dagtekening()).isEqualTo(LocalDate.of(2026, 5, 6));
        assertThat(bericht.signedTotaal()).isEqualTo(79000);
        assertThat(bericht.clienten())
                .extracting(Declaratiebericht.Client::bsn)
                .containsExactly("999900006", "999900018");
        assertThat(bericht.clienten().get(0).prestaties().get(0))
                .isEqualTo(new Declaratiebericht.Prestatie(
                        "RN001",
                        null,
                        10072,
                        "45",
                        "45A03",
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30),
                        4,
                        "04",
                        1250L,
                        5000,
                        "D"));
        assertThat(bericht.clienten().get(1).prestaties()).hasSize(3);
    }

    @Test
    void translatesWmo323() throws Exception {
        Declaratiebericht bericht =
                new Declaratie323Translator(unmarshaller).translate(inbound("iwmo/3.2/berichten/WMO323.xml"));

        assertThat(bericht.header().type()).isEqualTo(BerichtType.WMO323);
        assertThat(bericht.signedTotaal()).isEqualTo(58000);
        Declaratiebericht.Prestatie first =
                bericht.clienten().get(0).prestaties().get(0);
        assertThat(first.toewijzingNummer()).isEqualTo(20072);
        assertThat(first.productCode()).isEqualTo("01A03");
        assertThat(first.isCredit()).isFalse();
        assertThat(bericht.clienten().stream()
                        .mapToLong(c -> c.prestaties().size())
                        .sum())
                .isEqualTo(4);
    }

    @Test
    void translatesJw325() throws Exception {
        DeclaratieAntwoordbericht antwoord =
                new DeclaratieAntwoord325Translator(unmarshaller).translate(inbound("ijw/3.2/berichten/JW325.xml"));

        assertThat(antwoord.declaratieIdentificatie()).isEqualTo("765432198");
        assertThat(antwoord.declaratieDagtekening()).isEqualTo(LocalDate.of(2023, 5, 7));
        assertThat(antwoord.headerRetourCodes()).containsExactly("0200");
        assertThat(antwoord.declaratieNummer()).isEqualTo("DN001");
        assertThat(antwoord.totaalIngediendBedrag()).isEqualTo(-58000);
        assertThat(antwoord.totaalToegekendBedrag()).isEqualTo(-34000);
        assertThat(antwoord.clienten()).hasSize(2);
        DeclaratieAntwoordbericht.Prestatie second =
                antwoord.clienten().get(0).prestaties().get(1);
        assertThat(second.retourCodes()).containsExactly("9339", "9340", "9341");
        assertThat(second.waarden().vorigReferentieNummer()).isEqualTo("RT002");
        assertThat(second.waarden().signedBedrag()).isEqualTo(-14000);
    }

    private static InboundBericht inbound(String sample) throws Exception {
        byte[] payload = Files.readAllBytes(Declaratie325GoldenTest.SHARED.resolve(sample));
        Inspection inspection = inspector.inspect(payload);
        assertThat(inspection.findings()).isEmpty();
        return new InboundBericht(
                UUID.randomUUID(), "65656055", inspection.type(), inspection.header(), inspection.document(), payload);
    }
}
