package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain unit tests. Until our schemas are in the repo, the XSD step runs against the published
 * jw301/wmo301 XSDs from {@code shared.dir}.
 */
class IntakeInspectorTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));
    private static final Path BERICHTEN = SHARED.resolve("istandaarden/ijw/3.2/berichten");
    private static final SchemaCatalog PUBLISHED = publishedCatalog();

    private final IntakeInspector inspector = new IntakeInspector(PUBLISHED, IntakeProperties.defaults());

    @Test
    void acceptsThePublishedJw301AndReadsItsHeader() {
        Inspection inspection = inspector.inspect(jw301());

        assertThat(inspection.findings()).isEmpty();
        assertThat(inspection.accepted()).isTrue();
        assertThat(inspection.type()).isEqualTo(BerichtType.JW301);
        assertThat(inspection.document().getDocumentElement().getLocalName()).isEqualTo("Bericht");
        BerichtHeader header = inspection.header();
        assertThat(header.type()).isEqualTo(BerichtType.JW301);
        assertThat(header.afzender()).isEqualTo(text("Afzender"));
        assertThat(header.ontvanger()).isEqualTo(text("Ontvanger"));
        assertThat(header.identificatie()).isEqualTo(text("Identificatie"));
        assertThat(header.dagtekening()).isEqualTo(LocalDate.parse(text("Dagtekening")));
        assertThat(header.basisschemaXsdVersie()).isEqualTo("1.0.0");
        assertThat(header.berichtXsdVersie()).isEqualTo("1.0.0");
    }

    @Test
    void op179RejectsAMessageAboveTheConfiguredLimit() {
        byte[] message = jw301();
        IntakeInspector small = new IntakeInspector(PUBLISHED, new IntakeProperties(message.length - 1));
        IntakeInspector exact = new IntakeInspector(PUBLISHED, new IntakeProperties(message.length));

        Inspection inspection = small.inspect(message);

        assertRejected(inspection, "OP179");
        assertThat(inspection.findings().get(0).message()).contains(String.valueOf(message.length));
        assertThat(inspection.type()).isNull();
        assertThat(exact.inspect(message).accepted()).isTrue();
    }

    @Test
    void op179DefaultsTo25Megabytes() {
        assertThat(IntakeProperties.defaults().maxBytes()).isEqualTo(25L * 1024 * 1024);
    }

    @Test
    void op192RejectsAByteOrderMark() {
        byte[] message = jw301();
        byte[] withBom = new byte[message.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(message, 0, withBom, 3, message.length);

        assertRejected(inspector.inspect(withBom), "OP192");
    }

    @Test
    void op192RejectsBytesThatAreNotUtf8() {
        String xml = jw301String().replaceFirst("<ijw:Voornamen>[^<]*<", "<ijw:Voornamen>Zo\u00eb<");
        byte[] latin1 = xml.getBytes(StandardCharsets.ISO_8859_1);

        Inspection inspection = inspector.inspect(latin1);

        assertRejected(inspection, "OP192");
        assertThat(inspection.findings().get(0).message()).contains("byte " + xml.indexOf('\u00eb'));
    }

    @Test
    void op192RejectsADeclaredEncodingOtherThanUtf8() {
        String xml = jw301String().replaceFirst("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

        assertRejected(inspector.inspect(utf8(xml)), "OP192");
    }

    @Test
    void xmlRejectsMalformedXmlWithLineAndColumn() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Bericht>\n  <Header>\n</Bericht>";

        Inspection inspection = inspector.inspect(utf8(xml));

        assertRejected(inspection, "XML");
        assertThat(inspection.findings().get(0).message()).contains("line 4, column");
        assertThat(inspection.document()).isNull();
    }

    @Test
    void xmlRejectsEmptyAndNullPayloadWithoutThrowing() {
        assertRejected(inspector.inspect(new byte[0]), "XML");
        assertRejected(inspector.inspect(null), "XML");
    }

    @Test
    void xmlRejectsADoctypeWithAnExternalEntity() throws IOException {
        Path secret = Files.createTempFile("xxe", ".txt");
        Files.writeString(secret, "GEHEIM-999900006");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + jw301String().replaceFirst("<\\?xml[^>]*>", "").replace("<ijw:Voornamen>", "<ijw:Voornamen>&xxe;");

        Inspection inspection = inspector.inspect(utf8(xml));

        assertRejected(inspection, "XML");
        assertThat(inspection.findings().get(0).message()).contains("DOCTYPE").doesNotContain("GEHEIM");
        Files.delete(secret);
    }

    @Test
    @Timeout(5)
    void xmlRejectsBillionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<Bericht>&lol9;</Bericht>");

        assertRejected(inspector.inspect(utf8(xml.toString())), "XML");
    }

    @Test
    @Timeout(10)
    void xmlRejectsNestingDeeperThanTheLimitAndAcceptsItAtTheLimit() {
        int allowed = IntakeInspector.MAX_ELEMENT_DEPTH - 1;
        String atLimit = "<Bericht>" + "<a>".repeat(allowed) + "</a>".repeat(allowed) + "</Bericht>";
        String deep = "<Bericht>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</Bericht>";

        Inspection deeper = inspector.inspect(utf8(deep));

        assertRejected(deeper, "XML");
        assertThat(deeper.findings().get(0).message()).contains("depth");
        assertThat(inspector.inspect(utf8(atLimit)).findings()).singleElement().satisfies(f -> assertThat(f.rule())
                .isEqualTo("BERICHTTYPE"));
    }

    @Test
    void berichttypeRejectsAnUnknownNamespace() {
        String xml = jw301String().replace("/ijw/3_2/jw301/schema", "/ijw/3_1/jw301/schema");

        Inspection inspection = inspector.inspect(utf8(xml));

        assertRejected(inspection, "BERICHTTYPE");
        assertThat(inspection.type()).isNull();
        assertThat(inspection.header()).isNull();
        assertThat(inspection.findings().get(0).message()).contains("/ijw/3_1/jw301/schema");
    }

    @Test
    void berichttypeRejectsARootOtherThanBericht() {
        String xml = "<Afwijzing xmlns=\"" + BerichtType.JW301.namespace() + "\"/>";

        assertRejected(inspector.inspect(utf8(xml)), "BERICHTTYPE");
    }

    @Test
    void rs047RejectsTheBerichtCodeOfAnotherMessageAndStillReadsTheHeader() {
        String xml = jw301String().replace(">436<", ">437<");

        Inspection inspection = inspector.inspect(utf8(xml));

        assertRejected(inspection, "RS047");
        assertThat(inspection.findings().get(0).message()).contains("437", "436");
        assertThat(inspection.type()).isEqualTo(BerichtType.JW301);
        assertThat(inspection.header().afzender()).isEqualTo(text("Afzender"));
    }

    @Test
    void rs047RejectsAMissingBerichtCode() {
        String xml = jw301String().replaceFirst("<jw301:BerichtCode>436</jw301:BerichtCode>", "");

        assertRejected(inspector.inspect(utf8(xml)), "RS047");
    }

    @Test
    void xsdReportsEveryErrorWithLineAndColumnAndMasksTheBsn() {
        String bsn = text("Bsn");
        String xml = jw301String()
                .replace("Bsn>" + bsn + "<", "Bsn>" + bsn + "1<")
                .replaceFirst("Geslacht>\\d<", "Geslacht>7<");
        assertThat(xml).contains(bsn + "1<", "Geslacht>7<");

        Inspection inspection = inspector.inspect(utf8(xml));

        assertThat(inspection.accepted()).isFalse();
        assertThat(inspection.findings()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("XSD");
            assertThat(f.level()).isEqualTo(Level.FORMAT);
            assertThat(f.retourCode()).isNull();
            assertThat(f.message()).startsWith("line ").doesNotContainPattern("\\d{9}");
        });
        assertThat(inspection.findings())
                .anySatisfy(f -> assertThat(f.message()).contains("Value '***'"));
        assertThat(inspection.header().afzender()).isEqualTo(text("Afzender"));
        assertThat(inspection.document()).isNotNull();
    }

    @Test
    void xsdStopsListingAfterTwentyErrors() {
        String xml =
                jw301String().replaceAll(">\\d{4}-\\d{2}-\\d{2}<", ">x<").replaceAll("Geslacht>\\d<", "Geslacht>7<");
        // every bad value gives two errors (the datatype and the element's type)
        assertThat(xml.split(">x<", -1).length + xml.split("Geslacht>7<", -1).length - 2)
                .isGreaterThan(IntakeInspector.MAX_XSD_ERRORS / 2);

        List<Finding> findings = inspector.inspect(utf8(xml)).findings();

        assertThat(findings).hasSize(IntakeInspector.MAX_XSD_ERRORS + 1);
        assertThat(findings.get(IntakeInspector.MAX_XSD_ERRORS).message()).contains("more than 20");
    }

    @Test
    void maskReplacesEveryRunOfNineOrMoreDigits() {
        assertThat(IntakeInspector.mask("Value '999900006' and 1234567890 but not 42420001"))
                .isEqualTo("Value '*********' and ********* but not 42420001");
    }

    /** Skipped only until our schemas (schemas/ijw, schemas/iwmo) are merged into the repo. */
    @Test
    void acceptsEveryPublishedSampleWithOurSchemasExceptTheKnownBadOnes() throws IOException {
        Assumptions.assumeTrue(
                Files.exists(Path.of(System.getProperty("basedir", "."), "schemas/ijw/jw301.xsd")),
                "schemas/ijw/jw301.xsd is not in the repo yet");
        IntakeInspector ours = new IntakeInspector(new SchemaCatalog(), IntakeProperties.defaults());
        List<Path> samples;
        try (Stream<Path> ijw = Files.list(BERICHTEN);
                Stream<Path> iwmo = Files.list(SHARED.resolve("istandaarden/iwmo/3.2/berichten"))) {
            samples = Stream.concat(ijw, iwmo).sorted().toList();
        }

        assertThat(samples).hasSizeGreaterThanOrEqualTo(21).allSatisfy(sample -> {
            Inspection inspection = ours.inspect(Files.readAllBytes(sample));
            String name = sample.getFileName().toString();
            assertThat(inspection.header()).as(name).isNotNull();
            if (name.equals("JW315.xml") || name.equals("JW318.xml")) {
                assertThat(inspection.findings()).as(name).isNotEmpty().allMatch(f -> f.rule()
                        .equals("XSD"));
            } else {
                assertThat(inspection.findings()).as(name).isEmpty();
            }
        });
    }

    private static void assertRejected(Inspection inspection, String rule) {
        assertThat(inspection.accepted()).isFalse();
        assertThat(inspection.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.level()).isEqualTo(Level.FORMAT);
            assertThat(f.retourCode()).isNull();
        });
    }

    private static SchemaCatalog publishedCatalog() {
        try {
            Path xsd = SHARED.resolve("istandaarden");
            return new SchemaCatalog(
                    Map.of(
                            BerichtType.JW301,
                                    xsd.resolve("ijw/3.2/xsd/jw301.xsd").toUri().toURL(),
                            BerichtType.WMO301,
                                    xsd.resolve("iwmo/3.2/xsd/wmo301.xsd")
                                            .toUri()
                                            .toURL()),
                    SchemaCatalogTest.classpath(SchemaCatalog.AFWIJZING_RESOURCE));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] jw301() {
        try {
            return Files.readAllBytes(BERICHTEN.resolve("JW301.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jw301String() {
        return new String(jw301(), StandardCharsets.UTF_8);
    }

    /** The first value of a header or client element in the sample. */
    private static String text(String localName) {
        String xml = jw301String();
        int start = xml.indexOf(">", xml.indexOf(":" + localName + ">")) + 1;
        return xml.substring(start, xml.indexOf("<", start));
    }

    private static byte[] utf8(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
