package nl.ketenhub.bericht;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The first look at a raw message: size (OP179), encoding (OP192), well-formed XML without DTD,
 * the message type, the BerichtCode (RS047) and the XSD. Stops at the first failing step; never
 * throws for bad input. Finding messages never show a run of nine or more digits (a BSN could hide
 * there).
 */
@Component
public final class IntakeInspector {

    static final int MAX_XSD_ERRORS = 20;
    /** Deepest element nesting accepted; the iStandaarden messages nest about ten levels. */
    static final int MAX_ELEMENT_DEPTH = 100;

    static final String MASK = "*********";

    private static final Pattern NINE_OR_MORE_DIGITS = Pattern.compile("\\d{9,}");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final SchemaCatalog schemas;
    private final IntakeProperties properties;
    private final ValidatingParser validatingParser;
    private final ThreadLocal<DocumentBuilder> parsers = ThreadLocal.withInitial(IntakeInspector::hardenedParser);
    /**
     * One validator per thread and message type, reset before each use: creating a Validator (and
     * its parser configuration) per message cost about as much as the validation itself.
     */
    private final ThreadLocal<Map<BerichtType, Validator>> validators =
            ThreadLocal.withInitial(() -> new EnumMap<>(BerichtType.class));

    public IntakeInspector(SchemaCatalog schemas, IntakeProperties properties) {
        this.schemas = schemas;
        this.properties = properties;
        this.validatingParser = new ValidatingParser(schemas);
    }

    public Inspection inspect(byte[] payload) {
        byte[] bytes = payload == null ? new byte[0] : payload;
        Optional<Finding> fault = op179(bytes).or(() -> op192(bytes));
        if (fault.isPresent()) {
            return rejected(null, null, null, fault.get());
        }
        Optional<ValidatingParser.Parsed> parsed = validatingParser.parse(bytes);
        if (parsed.isPresent()) {
            return checked(parsed.get().type(), parsed.get().document(), parsed.get()::findings);
        }
        return inspectInTwoPasses(bytes);
    }

    /**
     * Parsed into a DOM, then validated against the XSD in a second pass over the bytes: for
     * whatever {@link ValidatingParser} does not take, and the reference its results are tested
     * against.
     */
    Inspection inspectInTwoPasses(byte[] bytes) {
        Document document;
        try {
            document = parse(bytes);
        } catch (SAXParseException e) {
            return rejected(
                    null, null, null, format("XML", "not well-formed XML at " + position(e) + ": " + e.getMessage()));
        } catch (SAXException | IOException e) {
            return rejected(null, null, null, format("XML", "not well-formed XML: " + e.getMessage()));
        }
        Element root = document.getDocumentElement();
        Optional<BerichtType> recognised = "Bericht".equals(root.getLocalName())
                ? BerichtType.forNamespace(root.getNamespaceURI())
                : Optional.empty();
        if (recognised.isEmpty()) {
            return rejected(
                    null,
                    null,
                    document,
                    format(
                            "BERICHTTYPE",
                            "root element {" + root.getNamespaceURI() + "}" + root.getLocalName()
                                    + " is not a Bericht of iWmo or iJw 3.2"));
        }
        BerichtType type = recognised.get();
        return checked(type, document, () -> xsd(type, bytes));
    }

    /** The header and RS047 of a recognised message; its XSD findings are asked for only when RS047 holds. */
    private static Inspection checked(BerichtType type, Document document, Supplier<List<Finding>> xsdFindings) {
        Element root = document.getDocumentElement();
        BerichtHeader header = HeaderReader.read(type, root).orElse(null);
        Optional<Finding> wrongCode = rs047(type, root);
        if (wrongCode.isPresent()) {
            return rejected(type, header, document, wrongCode.get());
        }
        return new Inspection(type, header, document, xsdFindings.get());
    }

    /** OP179: a message is at most 25 MB. */
    Optional<Finding> op179(byte[] bytes) {
        if (bytes.length > properties.maxBytes()) {
            return Optional.of(tooLarge(bytes.length + " bytes"));
        }
        return Optional.empty();
    }

    /** OP179 for a channel that stops reading a message once it passes the maximum. */
    public Finding tooLarge(String size) {
        return format("OP179", "message is " + size + ", more than the maximum of " + properties.maxBytes() + " bytes");
    }

    public long maxBytes() {
        return properties.maxBytes();
    }

    /** OP192: UTF-8 without byte order mark. */
    static Optional<Finding> op192(byte[] bytes) {
        if (bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
            return Optional.of(format("OP192", "message starts with a UTF-8 byte order mark, which is not allowed"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return Optional.of(format("OP192", "message is not valid UTF-8 at byte " + in.position()));
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear();
        }
        String prolog = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        Matcher declared = DECLARED_ENCODING.matcher(prolog);
        if (declared.find() && !"UTF-8".equalsIgnoreCase(declared.group(1))) {
            return Optional.of(
                    format("OP192", "message declares encoding '" + declared.group(1) + "'; only UTF-8 is allowed"));
        }
        return Optional.empty();
    }

    /** RS047: the BerichtCode belongs to the message type. */
    static Optional<Finding> rs047(BerichtType type, Element root) {
        String code = HeaderReader.child(root, type.namespace(), "Header")
                .flatMap(h -> HeaderReader.text(h, type.namespace(), "BerichtCode"))
                .orElse(null);
        if (code == null) {
            return Optional.of(
                    format("RS047", "the Header has no BerichtCode; " + type + " needs " + type.berichtCode()));
        }
        if (!code.trim().equals(type.berichtCode())) {
            return Optional.of(format(
                    "RS047",
                    "BerichtCode '" + code + "' does not belong to " + type + "; expected " + type.berichtCode()));
        }
        return Optional.empty();
    }

    /** XSD validation, all errors up to {@link #MAX_XSD_ERRORS}, each with line and column. */
    List<Finding> xsd(BerichtType type, byte[] bytes) {
        List<Finding> findings = new ArrayList<>();
        Validator validator = validators.get().computeIfAbsent(type, this::hardenedValidator);
        try {
            validator.setErrorHandler(new ErrorCollector(findings));
            validator.validate(new StreamSource(new ByteArrayInputStream(bytes)));
        } catch (ErrorCollector.TooManyErrors e) {
            findings.add(format("XSD", "more than " + MAX_XSD_ERRORS + " schema errors; the rest are not listed"));
        } catch (SAXException | IOException e) {
            if (findings.isEmpty()) {
                findings.add(format("XSD", "schema validation failed: " + e.getMessage()));
            }
        }
        return findings;
    }

    private Validator hardenedValidator(BerichtType type) {
        Validator validator = schemas.schema(type).newValidator();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException("XML validator cannot be hardened", e);
        }
        return validator;
    }

    /** Replaces every run of nine or more digits: XSD messages quote the offending value. */
    public static String mask(String message) {
        return NINE_OR_MORE_DIGITS.matcher(message).replaceAll(MASK);
    }

    static Finding format(String rule, String message) {
        return Finding.format(rule, mask(message));
    }

    private static Inspection rejected(BerichtType type, BerichtHeader header, Document document, Finding finding) {
        return new Inspection(type, header, document, List.of(finding));
    }

    static String position(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
    }

    private Document parse(byte[] bytes) throws SAXException, IOException {
        DocumentBuilder parser = parsers.get();
        parser.reset();
        parser.setErrorHandler(new ErrorCollector(null));
        return parser.parse(new InputSource(new ByteArrayInputStream(bytes)));
    }

    /** A parser from {@link #hardenedFactory()}. */
    static DocumentBuilder hardenedParser() {
        try {
            return hardenedFactory().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    /**
     * Namespace aware, no DTD at all (so no entities, no XXE, no entity expansion), no XInclude,
     * at most {@link #MAX_ELEMENT_DEPTH} levels of elements.
     */
    static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }
}
