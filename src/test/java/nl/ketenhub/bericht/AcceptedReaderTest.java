package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.ketenhub.xml.ijw.jw301.Root;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline reads an accepted message without a DOM: its header with a streaming parser
 * ({@link AcceptedReader#reread}) and its content bound by SAX ({@link BerichtUnmarshaller}). Both
 * must give what the DOM gives, on every published sample and on headers written in other ways.
 */
class AcceptedReaderTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));
    private static final IntakeInspector inspector =
            new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
    private static final AcceptedReader reader = new AcceptedReader();

    static Stream<Path> samples() throws Exception {
        return Stream.of("iwmo", "ijw").flatMap(standaard -> {
            try {
                return Files.list(SHARED.resolve("istandaarden/" + standaard + "/3.2/berichten"))
                        .filter(p -> p.toString().endsWith(".xml"))
                        .sorted()
                        .toList()
                        .stream();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("samples")
    void rereadGivesTheHeaderTheDomGivesOnEveryPublishedSample(Path sample) throws Exception {
        byte[] payload = Files.readAllBytes(sample);
        Inspection inspection = inspector.inspect(payload);
        assertThat(inspection.header()).isNotNull();

        assertThat(reader.reread(payload)).isEqualTo(inspection.header());
    }

    @Test
    void rereadReadsAHeaderWrittenWithCommentsCdataEntitiesAndOtherPrefixesAsTheDomDoes() throws Exception {
        String xml = sample("ijw", "JW301.xml")
                .replace(
                        "<jw301:Afzender>0384</jw301:Afzender>",
                        "<jw301:Afzender><!-- gemeente -->03<![CDATA[8]]>4</jw301:Afzender>")
                .replace(
                        "<ijw:Identificatie>",
                        "<x:Identificatie xmlns:x=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\">")
                .replaceFirst("</ijw:Identificatie>", "&amp;A</x:Identificatie>");
        byte[] payload = xml.getBytes(StandardCharsets.UTF_8);
        BerichtHeader dom = HeaderReader.read(
                        BerichtType.JW301, reader.document(payload).getDocumentElement())
                .orElseThrow();

        BerichtHeader streamed = reader.reread(payload);

        assertThat(streamed).isEqualTo(dom);
        assertThat(streamed.afzender()).isEqualTo("0384");
        assertThat(streamed.identificatie()).endsWith("&A");
    }

    @Test
    void rereadLeavesOutWhatTheHeaderLacksAsTheDomDoes() throws Exception {
        String xml = sample("ijw", "JW301.xml");
        String withoutXsdVersie = xml.substring(0, xml.indexOf("<jw301:XsdVersie>"))
                + xml.substring(xml.indexOf("</jw301:XsdVersie>") + "</jw301:XsdVersie>".length());
        String badDate = xml.replaceFirst(
                "<ijw:Dagtekening>[^<]*</ijw:Dagtekening>", "<ijw:Dagtekening>gisteren</ijw:Dagtekening>");

        for (String variant : List.of(withoutXsdVersie, badDate)) {
            byte[] payload = variant.getBytes(StandardCharsets.UTF_8);
            BerichtHeader dom = HeaderReader.read(
                            BerichtType.JW301, reader.document(payload).getDocumentElement())
                    .orElseThrow();
            assertThat(reader.reread(payload)).isEqualTo(dom);
        }
        assertThat(reader.reread(withoutXsdVersie.getBytes(StandardCharsets.UTF_8))
                        .berichtXsdVersie())
                .isNull();
        assertThat(reader.reread(badDate.getBytes(StandardCharsets.UTF_8)).dagtekening())
                .isNull();
    }

    @Test
    void anIwmoMessageIsBoundFromItsBytesAsItsIjwCounterpartWouldBe() throws Exception {
        BerichtUnmarshaller unmarshaller = new BerichtUnmarshaller();
        byte[] wmo = sample("iwmo", "WMO301.xml").getBytes(StandardCharsets.UTF_8);
        // the same message with the iJw namespaces in its text: what the binding of the iWmo one must equal
        byte[] asIjw = new String(wmo, StandardCharsets.UTF_8)
                .replace("http://www.istandaarden.nl/iwmo/3_2/basisschema/schema", Standaard.IJW.basisschemaNamespace())
                .replace(BerichtType.WMO301.namespace(), BerichtType.JW301.namespace())
                .getBytes(StandardCharsets.UTF_8);
        assertThat(inspector.inspect(wmo).findings()).isEmpty();

        Root fromWmo = unmarshaller.unmarshalAsIjw(inbound(wmo), Root.class);
        Root fromIjw = unmarshaller.unmarshalAsIjw(inbound(asIjw, BerichtType.JW301), Root.class);

        assertThat(fromWmo.getClient().getBsn()).isEqualTo("999900006");
        assertThat(fromWmo).usingRecursiveComparison().isEqualTo(fromIjw);
        assertThat(fromWmo.getClient().getToegewezenProducten().getToegewezenProduct())
                .isNotEmpty();
    }

    @Test
    void rereadGivesTheTypeAndHeaderOfAnAcceptedMessageWithoutValidatingAgain() throws Exception {
        byte[] jw301 = Files.readAllBytes(SHARED.resolve("istandaarden/ijw/3.2/berichten/JW301.xml"));
        // well-formed but schema-invalid: reread does not validate, inspect does
        byte[] invalid = new String(jw301, java.nio.charset.StandardCharsets.UTF_8)
                .replace("<jw301:Geslacht>1</jw301:Geslacht>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        BerichtHeader reread = reader.reread(jw301);

        assertThat(reread.type()).isEqualTo(BerichtType.JW301);
        assertThat(reread.afzender()).isEqualTo("0384");
        assertThat(reread).isEqualTo(inspector.inspect(jw301).header());
        assertThat(reader.reread(invalid)).isEqualTo(reread);
        assertThat(reader.document(jw301).getDocumentElement().getLocalName()).isEqualTo("Bericht");
        assertThat(inspector.inspect(invalid).findings())
                .extracting(Finding::rule)
                .contains("XSD");
    }

    @Test
    void rereadRefusesBytesThatAreNoLongerAMessage() throws Exception {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.reread("<not-xml".getBytes()))
                .isInstanceOf(IllegalStateException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.reread("<a xmlns='urn:x'/>".getBytes()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no known namespace");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.document("<not-xml".getBytes()))
                .isInstanceOf(IllegalStateException.class);
        // the thread's reader is used again after a failure, and still reads
        assertThat(reader.reread(Files.readAllBytes(SHARED.resolve("istandaarden/ijw/3.2/berichten/JW301.xml")))
                        .afzender())
                .isEqualTo("0384");
    }

    private static InboundBericht inbound(byte[] payload) {
        return inbound(payload, reader.reread(payload).type());
    }

    private static InboundBericht inbound(byte[] payload, BerichtType type) {
        BerichtHeader header = reader.reread(payload);
        assertThat(header.type()).isEqualTo(type);
        return InboundBericht.parsedOnDemand(java.util.UUID.randomUUID(), "0384", header, payload, reader);
    }

    private static String sample(String standaard, String name) throws Exception {
        return Files.readString(SHARED.resolve("istandaarden/" + standaard + "/3.2/berichten/" + name));
    }
}
