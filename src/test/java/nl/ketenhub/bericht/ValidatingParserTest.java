package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The intake's single pass must say exactly what the two-pass path says: the same type, header,
 * findings (with the same lines and columns) and an equal DOM, on every published sample message
 * and on variants of each (faulty values, an unknown element, comments, processing instructions,
 * CDATA); and it must hand the faults it does not word to that path.
 */
class ValidatingParserTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private static final Pattern LEAF = Pattern.compile(">([^<\\s][^<]*)</");

    private final IntakeInspector inspector = new IntakeInspector(SCHEMAS, IntakeProperties.defaults());
    private final ValidatingParser parser = new ValidatingParser(SCHEMAS);

    record Variant(String name, String xml) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every published sample, and per sample every fifth leaf value made wrong in two ways, plus an unknown element. */
    static Stream<Variant> variants() throws IOException {
        List<Variant> variants = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(
                Files.list(SHARED.resolve("ijw/3.2/berichten")), Files.list(SHARED.resolve("iwmo/3.2/berichten")))) {
            for (Path file : files.sorted().toList()) {
                String xml = Files.readString(file);
                String name = file.getFileName().toString();
                variants.add(new Variant(name, xml));
                Matcher leaf = LEAF.matcher(xml);
                for (int i = 0; leaf.find(); i++) {
                    if (i % 5 == 2) {
                        variants.add(new Variant(name + " leaf " + i + " x", replace(xml, leaf, "x")));
                        variants.add(new Variant(name + " leaf " + i + " digits", replace(xml, leaf, "1234567890123")));
                    }
                }
                int header = xml.indexOf("Header>", xml.indexOf("Header>") + 7) + 7; // after </...:Header>
                variants.add(new Variant(
                        name + " unknown element",
                        xml.substring(0, header) + "<Onbekend>1</Onbekend>" + xml.substring(header)));
                int root = xml.indexOf("?>") + 2;
                variants.add(new Variant(
                        name + " comments and processing instructions",
                        xml.substring(0, root) + "\n<!-- voor de root -->\n<?verwerking ja?>"
                                + xml.substring(root, header) + "<!-- na de Header --><?verwerking nee?>"
                                + xml.substring(header)));
                Matcher first = LEAF.matcher(xml);
                first.find();
                variants.add(new Variant(name + " CDATA", replace(xml, first, "<![CDATA[" + first.group(1) + "]]>")));
            }
        }
        return variants.stream();
    }

    private static String replace(String xml, Matcher leaf, String value) {
        return xml.substring(0, leaf.start(1)) + value + xml.substring(leaf.end(1));
    }

    @ParameterizedTest
    @MethodSource("variants")
    void theSinglePassSaysWhatTheTwoPassesSay(Variant variant) {
        byte[] bytes = variant.xml().getBytes(StandardCharsets.UTF_8);

        assertThat(parser.parse(bytes)).as("taken by the single pass").isPresent();
        Inspection single = inspector.inspect(bytes);
        Inspection twoPasses = inspector.inspectInTwoPasses(bytes);

        assertThat(single.type()).isEqualTo(twoPasses.type());
        assertThat(single.header()).isEqualTo(twoPasses.header());
        assertThat(single.findings()).isEqualTo(twoPasses.findings());
        assertThat(single.document().isEqualNode(twoPasses.document()))
                .as("equal DOM")
                .isTrue();
    }

    @Test
    void theVariantsIncludeRejectedMessagesWithPositions() throws IOException {
        List<Inspection> rejected = variants()
                .map(v -> inspector.inspect(v.xml().getBytes(StandardCharsets.UTF_8)))
                .filter(i -> !i.accepted())
                .toList();

        assertThat(rejected).hasSizeGreaterThan(50);
        assertThat(rejected)
                .flatExtracting(Inspection::findings)
                .extracting(Finding::message)
                .anyMatch(m -> m.startsWith("line ") && m.contains("*********"));
        assertThat(variants().map(v -> inspector.inspect(v.xml().getBytes(StandardCharsets.UTF_8))))
                .anyMatch(Inspection::accepted);
    }

    @Test
    void faultsTheTwoPassPathWordsAreNotTakenBySinglePass() {
        String xml = sample("ijw/3.2/berichten/JW301.xml");
        String manyErrors = LEAF.matcher(xml).replaceAll(">x</");
        List<String> faults = List.of(
                xml.substring(0, xml.length() - 20),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
                        + xml.substring(xml.indexOf("<jw301:Bericht")),
                xml.replace("http://www.istandaarden.nl/ijw/3_2/jw301/schema", "urn:onbekend"),
                manyErrors);

        for (String fault : faults) {
            byte[] bytes = fault.getBytes(StandardCharsets.UTF_8);
            assertThat(parser.parse(bytes)).isEmpty();
            Inspection inspection = inspector.inspect(bytes);
            assertThat(inspection.accepted()).isFalse();
            assertThat(inspection.findings())
                    .isEqualTo(inspector.inspectInTwoPasses(bytes).findings());
        }
    }

    @Test
    void rootTypeReadsThePrefixedOrDefaultNamespaceOfTheRootStartTag() {
        String jw = "http://www.istandaarden.nl/ijw/3_2/jw301/schema";
        String wmo = "http://www.istandaarden.nl/iwmo/3_2/wmo305/schema";
        assertThat(ValidatingParser.rootType(
                        bytes("<?xml version=\"1.0\"?>\n<a:Bericht xmlns:b=\"" + wmo + "\" xmlns:a='" + jw + "'>")))
                .contains(BerichtType.JW301);
        assertThat(ValidatingParser.rootType(bytes("<Bericht xmlns:a=\"" + jw + "\" xmlns = \"" + wmo + "\">")))
                .contains(BerichtType.WMO305);
        assertThat(ValidatingParser.rootType(bytes("<a:Bericht xmlns=\"" + jw + "\">")))
                .isEmpty();
        assertThat(ValidatingParser.rootType(bytes("<a:Header xmlns:a=\"" + jw + "\">")))
                .isEmpty();
        assertThat(ValidatingParser.rootType(bytes("<a:Bericht xmlns:a=\"urn:x\">")))
                .isEmpty();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String sample(String path) {
        try {
            return Files.readString(SHARED.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
