package nl.ketenhub.verzoek;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.retour.RetourBuilder;
import nl.ketenhub.retour.RetourProperties;
import org.junit.jupiter.api.Test;
import org.xmlunit.assertj3.XmlAssert;

/**
 * Golden files: a request or answer plus the state the hub holds, through the rules, to the retour
 * the hub writes (fixed clock and IdentificatieRetour). iJw retours validate against the published
 * XSDs, iWmo ones against the project's schemas/iwmo.
 */
class GoldenRetourTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/verzoek");
    private static final Path PUBLISHED_IJW = Samples.SHARED.resolve("ijw/3.2/xsd");
    private static final Path OWN_IWMO = Path.of("schemas/iwmo");

    private final RetourBuilder retouren = new RetourBuilder(
            Clock.fixed(Instant.parse("2026-04-02T10:00:00Z"), ZoneOffset.UTC),
            new RetourProperties("1.0.0", "1.0.0", "1.0.0"));

    @Test
    void jw315WhileARequestIsPendingGetsAJw316With9374OnTheClient() throws Exception {
        InboundBericht bericht = Samples.repairedJw315();
        VerzoekOmToewijzing vot = new Verzoek315Translator(Samples.unmarshaller()).translate(bericht);
        List<Finding> findings = new Verzoek315Checks().state(vot, new Stand315(true, java.util.Set.of()));

        byte[] retour = retour(bericht, findings);

        validate(retour, PUBLISHED_IJW.resolve("jw316.xsd"));
        assertGolden(retour, "jw316-9374.xml");
    }

    @Test
    void wmo315WithAKnownReferenceGetsAWmo316With9347OnThatProduct() throws Exception {
        InboundBericht bericht = Samples.inbound("iwmo/3.2/berichten/WMO315.xml");
        VerzoekOmToewijzing vot = new Verzoek315Translator(Samples.unmarshaller()).translate(bericht);
        List<Finding> findings = new Verzoek315Checks().state(vot, new Stand315(false, java.util.Set.of("42420002")));

        byte[] retour = retour(bericht, findings);

        validate(retour, OWN_IWMO.resolve("wmo316.xsd"));
        assertGolden(retour, "wmo316-9347.xml");
    }

    @Test
    void jw319WithAnUnknownReferenceGetsAJw320With9355OnTheAntwoord() throws Exception {
        InboundBericht bericht = Samples.inbound("ijw/3.2/berichten/JW319.xml");
        Antwoordbericht antwoord = new Antwoord319Translator(Samples.unmarshaller()).translate(bericht);
        List<Finding> findings = new Antwoord319Checks().state(antwoord, new Stand319(false, false, List.of()));

        byte[] retour = retour(bericht, findings);

        validate(retour, PUBLISHED_IJW.resolve("jw320.xsd"));
        assertGolden(retour, "jw320-9355.xml");
    }

    private byte[] retour(InboundBericht bericht, List<Finding> findings) {
        return retouren.toBytes(
                retouren.build(bericht.document(), bericht.type(), findings, "RET000000001", "1.0.0", "1.0.0"));
    }

    private static void assertGolden(byte[] actual, String name) throws Exception {
        Path expected = GOLDEN.resolve(name);
        if (!Files.exists(expected)) {
            Path written = Path.of("target", "golden-actual", name);
            Files.createDirectories(written.getParent());
            Files.write(written, actual);
            throw new AssertionError("no golden file " + expected + "; the actual output is in " + written);
        }
        XmlAssert.assertThat(new String(actual, StandardCharsets.UTF_8))
                .and(Files.readString(expected, StandardCharsets.UTF_8))
                .ignoreWhitespace()
                .areIdentical();
    }

    private static void validate(byte[] xml, Path xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(new StreamSource(xsd.toAbsolutePath().toUri().toString()))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
