package nl.ketenhub.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Toewijzing301Translator on the published WMO301 and JW301 samples, without Spring or Camel. */
class Toewijzing301TranslatorTest {

    private static final Path SAMPLES = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");

    private static IntakeInspector inspector;
    private static BerichtUnmarshaller unmarshaller;

    @BeforeAll
    static void compileOnce() throws Exception {
        inspector = new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
        unmarshaller = new BerichtUnmarshaller();
    }

    @Test
    void translatesJw301() throws Exception {
        Toewijzingbericht bericht =
                new Toewijzing301Translator(unmarshaller).translate(inbound("ijw/3.2/berichten/JW301.xml"));

        assertThat(bericht.bsn()).isEqualTo("999900006");
        assertThat(bericht.header().afzender()).isEqualTo("0384");
        assertThat(bericht.geboortedatum().datum()).isEqualTo(LocalDate.of(2010, 2, 14));
        assertThat(bericht.relaties()).extracting(Relatie::nummer).containsExactly("1", "2");
        assertThat(bericht.contacten()).extracting(Contact::soort).containsExactly("03", "04");
        assertThat(bericht.contacten().get(1).heeftPeriode()).isTrue();
        assertThat(bericht.contacten().get(1).periodeBegin()).isEqualTo(LocalDate.of(2018, 2, 3));
        assertThat(bericht.contacten().get(0).landCode()).isEqualTo("NL");
        assertThat(bericht.producten()).hasSize(2);
        ToegewezenProduct first = bericht.producten().get(0);
        assertThat(first.toewijzingNummer()).isEqualTo(300201);
        assertThat(first.referentieAanbieder()).isEqualTo("40A12341234");
        assertThat(first.product()).isEqualTo(new Product("55", "55A11"));
        assertThat(first.toewijzingstijd()).isEqualTo(LocalTime.of(12, 34, 56));
        assertThat(first.einddatum()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(first.omvang()).isEqualTo(new Omvang(2, "04", "2"));
        assertThat(first.budget()).isNull();
    }

    @Test
    void translatesWmo301() throws Exception {
        Toewijzingbericht bericht =
                new Toewijzing301Translator(unmarshaller).translate(inbound("iwmo/3.2/berichten/WMO301.xml"));

        assertThat(bericht.bsn()).isEqualTo("999900006");
        assertThat(bericht.producten()).singleElement().satisfies(product -> {
            assertThat(product.toewijzingNummer()).isEqualTo(101);
            assertThat(product.product()).isEqualTo(new Product("01", "01A01"));
            assertThat(product.ingangsdatum()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(product.einddatum()).isEqualTo(LocalDate.of(2023, 12, 31));
        });
        assertThat(bericht.contacten()).isNotEmpty();
    }

    private static InboundBericht inbound(String sample) throws Exception {
        byte[] payload = Files.readAllBytes(SAMPLES.resolve(sample));
        Inspection inspection = inspector.inspect(payload);
        assertThat(inspection.findings()).isEmpty();
        return new InboundBericht(
                UUID.randomUUID(), "0384", inspection.type(), inspection.header(), inspection.document(), payload);
    }
}
