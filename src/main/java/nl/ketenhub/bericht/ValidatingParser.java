package nl.ketenhub.bericht;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The intake's single pass over a message: the DOM parser validates against the XSD of the
 * message's type while it builds the DOM, where parsing and then validating the bytes again scanned
 * them twice. The type comes from the root's start tag, read ahead on its own and checked against
 * the parsed root. It gives up ({@link Optional#empty()}) on a root that is not a Bericht of a known
 * type, a DOCTYPE, a message that is not well-formed and one with more XSD errors than are
 * reported: {@link IntakeInspector} then takes its two-pass path, which words each of those faults.
 */
final class ValidatingParser {

    record Parsed(BerichtType type, Document document, List<Finding> findings) {}

    private static final Pattern ROOT = Pattern.compile("<(?:([A-Za-z_][\\w.-]*):)?Bericht(\\s[^>]*)>");
    /** How much of the message the root's start tag is looked for in. */
    private static final int HEAD = 4096;

    private static final Pattern NAMESPACE =
            Pattern.compile("xmlns(:[A-Za-z_][\\w.-]*)?\\s*=\\s*([\"'])([^\"'<&]*)\\2");

    /** Off, so the DOM keeps the text as written: the forwards are written from it. */
    private static final String NORMALIZED_VALUE = "http://apache.org/xml/features/validation/schema/normalized-value";

    private final SchemaCatalog schemas;
    private final Map<BerichtType, DocumentBuilderFactory> factories = new EnumMap<>(BerichtType.class);
    private final ThreadLocal<Map<BerichtType, DocumentBuilder>> parsers =
            ThreadLocal.withInitial(() -> new EnumMap<>(BerichtType.class));

    ValidatingParser(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    Optional<Parsed> parse(byte[] bytes) {
        Optional<BerichtType> type = rootType(bytes);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        List<Finding> findings = new ArrayList<>();
        try {
            DocumentBuilder parser = parsers.get().computeIfAbsent(type.get(), this::newParser);
            parser.reset();
            parser.setErrorHandler(new ErrorCollector(findings));
            Document document = parser.parse(new InputSource(new ByteArrayInputStream(bytes)));
            if (!type.get().namespace().equals(document.getDocumentElement().getNamespaceURI())) {
                return Optional.empty();
            }
            return Optional.of(new Parsed(type.get(), document, findings));
        } catch (SAXException | IOException e) {
            // not well-formed, or too many XSD errors: the two-pass path says which
            return Optional.empty();
        }
    }

    /**
     * The type named by the root element, a Bericht in a known namespace, read from its start tag
     * alone: {@code <p:Bericht ... xmlns:p="...">} or {@code <Bericht ... xmlns="...">}, after the
     * XML declaration, comments, processing instructions and whitespace. Anything else (a DOCTYPE,
     * say) is left to the full parse.
     */
    static Optional<BerichtType> rootType(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.UTF_8);
        Matcher root = ROOT.matcher(head);
        if (!root.region(prologEnd(head), head.length()).lookingAt()) {
            return Optional.empty();
        }
        String prefix = root.group(1) == null ? "" : ":" + root.group(1);
        Matcher declaration = NAMESPACE.matcher(root.group(2));
        while (declaration.find()) {
            if (Objects.toString(declaration.group(1), "").equals(prefix)) {
                return BerichtType.forNamespace(declaration.group(3));
            }
        }
        return Optional.empty();
    }

    /** Where the prolog's whitespace, comments and processing instructions (the declaration one of them) end. */
    private static int prologEnd(String head) {
        int at = 0;
        while (at < head.length()) {
            if (Character.isWhitespace(head.charAt(at))) {
                at++;
            } else if (head.startsWith("<!--", at) && head.indexOf("-->", at + 4) > 0) {
                at = head.indexOf("-->", at + 4) + 3;
            } else if (head.startsWith("<?", at) && head.indexOf("?>", at + 2) > 0) {
                at = head.indexOf("?>", at + 2) + 2;
            } else {
                break;
            }
        }
        return at;
    }

    /** JAXP factories are not thread-safe; each thread takes its parsers once. */
    private synchronized DocumentBuilder newParser(BerichtType type) {
        try {
            return factories.computeIfAbsent(type, this::factory).newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    private DocumentBuilderFactory factory(BerichtType type) {
        DocumentBuilderFactory factory = IntakeInspector.hardenedFactory();
        factory.setSchema(schemas.schema(type));
        try {
            factory.setFeature(NORMALIZED_VALUE, false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot keep text as written", e);
        }
        return factory;
    }
}
