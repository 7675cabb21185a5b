package nl.ketenhub.bericht;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a message the hub builds with the JAXB classes of the iJw schemas. For messages whose iWmo
 * and iJw 3.2 schemas differ only in namespace (305, 307, 323, 325; 315 apart from the iJw-only
 * GezagsdragerBekend), an iWmo message is the marshalled iJw tree moved to the iWmo namespaces.
 */
public final class StandaardXml {

    /**
     * Thread-safe once created; {@code newDefaultInstance} takes the JDK's own implementation without
     * the service-provider scan of the class path that {@code newInstance} does on every call (the
     * profile showed those scans, once per retour and per written message).
     */
    private static final DatatypeFactory DATATYPES = DatatypeFactory.newDefaultInstance();

    /** Document builders and transformers are not thread-safe: one of each per thread. */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    });

    private static final ThreadLocal<Transformer> WRITERS = ThreadLocal.withInitial(() -> {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            return transformer;
        } catch (TransformerException e) {
            throw new IllegalStateException("no XML serializer", e);
        }
    });

    private StandaardXml() {}

    /**
     * @param element the JAXB element of the {@code Bericht} root, built with the classes of {@code ijwType}
     * @param ijwType the iJw message type of those classes
     * @param target the standard to write: the namespaces get its prefixes (jw305/ijw, wmo305/iwmo)
     */
    public static byte[] write(JAXBContext context, Object element, BerichtType ijwType, Standaard target) {
        try {
            Document document = BUILDERS.get().newDocument();
            Marshaller marshaller = context.createMarshaller();
            marshaller.marshal(element, document);
            BerichtType type = BerichtType.of(target, ijwType.nummer());
            Map<String, String[]> namespaces = new LinkedHashMap<>();
            namespaces.put(ijwType.namespace(), new String[] {type.namespace(), type.schemaName()});
            namespaces.put(
                    Standaard.IJW.basisschemaNamespace(),
                    new String[] {target.basisschemaNamespace(), target.folder()});
            rename(document.getDocumentElement(), namespaces);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WRITERS.get().transform(new DOMSource(document), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (JAXBException | TransformerException e) {
            throw new IllegalStateException("The " + ijwType.nummer() + " could not be written", e);
        }
    }

    /** An {@code LDT_Datum}: a date without time zone. */
    public static XMLGregorianCalendar date(LocalDate date) {
        return DATATYPES.newXMLGregorianCalendarDate(
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatatypeConstants.FIELD_UNDEFINED);
    }

    /** Moves every element to its target namespace with the standard's prefix. */
    private static void rename(Element element, Map<String, String[]> namespaces) {
        String[] target = namespaces.get(element.getNamespaceURI());
        for (int i = element.getAttributes().getLength() - 1; i >= 0; i--) {
            Node attribute = element.getAttributes().item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                element.removeAttributeNode((org.w3c.dom.Attr) attribute);
            }
        }
        Element renamed = target == null
                ? element
                : (Element) element.getOwnerDocument()
                        .renameNode(element, target[0], target[1] + ":" + element.getLocalName());
        if (renamed.getParentNode() == renamed.getOwnerDocument()) {
            namespaces
                    .values()
                    .forEach(
                            ns -> renamed.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + ns[1], ns[0]));
        }
        List<Node> children = new ArrayList<>();
        for (Node child = renamed.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            if (child instanceof Element childElement) {
                rename(childElement, namespaces);
            }
        }
    }
}
