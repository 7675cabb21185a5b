package nl.ketenhub.format;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.xml.hub.Afwijzing;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * One {@link XmlTranslator} per message code of both standards (28) plus the hub's rejection
 * document, over one JAXBContext of the classes generated from schemas/.
 */
@Component
public class XmlTranslators {

    static final String AFWIJZING = "afwijzing";
    private static final QName AFWIJZING_ELEMENT = new QName("urn:ketenhub:afwijzing:v1", "Afwijzing");

    private final Map<String, XmlTranslator> byCode = new LinkedHashMap<>();
    private final JAXBContext context;
    private final DocumentBuilderFactory parsers;

    public XmlTranslators() {
        List<Class<?>> roots = new ArrayList<>();
        for (BerichtType type : BerichtType.values()) {
            Class<?> root = rootClass(type);
            roots.add(root);
            add(new XmlTranslator(type.schemaName(), type, new QName(type.namespace(), "Bericht"), root));
        }
        roots.add(Afwijzing.class);
        add(new XmlTranslator(AFWIJZING, null, AFWIJZING_ELEMENT, Afwijzing.class));
        try {
            this.context = JAXBContext.newInstance(roots.toArray(Class<?>[]::new));
        } catch (JAXBException e) {
            throw new IllegalStateException("the canonical model does not bind", e);
        }
        this.parsers = safeParsers();
    }

    public Collection<XmlTranslator> all() {
        return byCode.values();
    }

    public Optional<XmlTranslator> forCode(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public XmlTranslator forType(BerichtType type) {
        return byCode.get(type.schemaName());
    }

    /** The translator of an XML document's root element. */
    public XmlTranslator forRoot(Element root) {
        QName name = new QName(root.getNamespaceURI(), root.getLocalName());
        return byCode.values().stream()
                .filter(t -> t.element().equals(name))
                .findFirst()
                .orElseThrow(() -> new UntranslatableException("root element " + name + " is not a known message"));
    }

    /** The canonical form of a standard message or rejection document. */
    public Canonical toCanonical(byte[] xml) {
        Element root = parse(xml);
        XmlTranslator translator = forRoot(root);
        return new Canonical(translator, translator.toCanonical(context, root));
    }

    public byte[] toXml(Canonical canonical) {
        return canonical.translator().toXml(context, canonical.message());
    }

    /** A message in its canonical form with the translator of its code. */
    public record Canonical(XmlTranslator translator, Object message) {}

    private Element parse(byte[] xml) {
        try {
            return parsers.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new UntranslatableException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private void add(XmlTranslator translator) {
        byCode.put(translator.code(), translator);
    }

    private static Class<?> rootClass(BerichtType type) {
        String name = "nl.ketenhub.xml." + type.standaard().folder() + "." + type.schemaName() + ".Root";
        try {
            return Class.forName(name, false, XmlTranslators.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated class " + name, e);
        }
    }

    /** Namespace-aware parsers without DTDs, external entities or XInclude. */
    public static DocumentBuilderFactory safeParsers() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
