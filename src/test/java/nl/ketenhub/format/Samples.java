package nl.ketenhub.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.SchemaCatalog;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.schemas.IwmoMirror;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Every published sample of both standards and every golden file of the project; plus, for the
 * message codes without a valid one, a message derived in memory: the two published samples the
 * shared README calls invalid, repaired, and the iWmo retours (whose samples were not published)
 * mirrored from the iJw ones.
 */
final class Samples {

    /** A message with the name of where it came from. */
    record Sample(String name, String xml) {
        BerichtType type() {
            return typeOf(xml);
        }

        byte[] bytes() {
            return xml.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    private Samples() {}

    /** The published samples and golden files as they are. */
    static List<Sample> published() {
        return Stream.of(
                        list(SHARED.resolve("ijw/3.2/berichten")),
                        list(SHARED.resolve("iwmo/3.2/berichten")),
                        list(GOLDEN))
                .flatMap(List::stream)
                .sorted()
                .map(path -> new Sample(path.toString(), read(path)))
                .toList();
    }

    /** Every valid message: the published ones our schema accepts and the derived ones. */
    static List<Sample> valid() {
        List<Sample> valid =
                new ArrayList<>(published().stream().filter(Samples::isValid).toList());
        Set<BerichtType> covered = valid.stream().map(Sample::type).collect(Collectors.toSet());
        valid.add(new Sample(
                "JW315.xml with 2027-06-30 for 2027-06-31",
                read(SHARED.resolve("ijw/3.2/berichten/JW315.xml")).replace("2027-06-31", "2027-06-30")));
        valid.add(new Sample(
                "JW318.xml without its misplaced RetourCode",
                read(SHARED.resolve("ijw/3.2/berichten/JW318.xml"))
                        .replaceFirst(
                                "(<jw318:RedenVerzoek>1</jw318:RedenVerzoek>)\\s*<jw318:RetourCode>9350</jw318:RetourCode>",
                                "$1")));
        for (Sample ijw : List.copyOf(valid)) {
            BerichtType iwmo = BerichtType.of(Standaard.IWMO, ijw.type().nummer());
            if (ijw.type().standaard() == Standaard.IJW && !covered.contains(iwmo)) {
                covered.add(iwmo);
                valid.add(new Sample(ijw.name() + " mirrored to iWmo", mirror(ijw.xml())));
            }
        }
        valid.forEach(sample -> {
            if (!isValid(sample)) {
                throw new IllegalStateException(sample + " is not valid");
            }
        });
        return valid;
    }

    static boolean isValid(Sample sample) {
        try {
            SCHEMAS.schema(sample.type())
                    .newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(sample.bytes())));
            return true;
        } catch (SAXException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BerichtType typeOf(String xml) {
        int bericht = xml.indexOf(":Bericht ");
        String prefix = xml.substring(xml.lastIndexOf('<', bericht) + 1, bericht);
        String declaration = "xmlns:" + prefix + "=\"";
        int start = xml.indexOf(declaration) + declaration.length();
        String namespace = xml.substring(start, xml.indexOf('"', start));
        return BerichtType.forNamespace(namespace)
                .orElseThrow(() -> new IllegalArgumentException("not a message: " + namespace));
    }

    static String read(Path sample) {
        try {
            return Files.readString(sample);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mirror(String ijw) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document =
                    factory.newDocumentBuilder().parse(new ByteArrayInputStream(ijw.getBytes(StandardCharsets.UTF_8)));
            Document iwmo = IwmoMirror.toIwmo(IwmoMirror.withoutIjwOnlyElements(document));
            StringWriter out = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(iwmo), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".xml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
