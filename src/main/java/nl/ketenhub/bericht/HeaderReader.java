package nl.ketenhub.bericht;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the header elements 1-7 leniently from a parsed message: a missing or malformed element
 * gives null, so the hub can log who sent what even when the message is invalid. The children of
 * BerichtIdentificatie and XsdVersie are in the basisschema namespace.
 */
final class HeaderReader {

    private HeaderReader() {}

    static Optional<BerichtHeader> read(BerichtType type, Element root) {
        String ns = type.namespace();
        String basis = type.standaard().basisschemaNamespace();
        return child(root, ns, "Header").map(header -> {
            Optional<Element> identificatie = child(header, ns, "BerichtIdentificatie");
            Optional<Element> xsdVersie = child(header, ns, "XsdVersie");
            return new BerichtHeader(
                    type,
                    text(header, ns, "Afzender").orElse(null),
                    text(header, ns, "Ontvanger").orElse(null),
                    identificatie.flatMap(e -> text(e, basis, "Identificatie")).orElse(null),
                    identificatie
                            .flatMap(e -> text(e, basis, "Dagtekening"))
                            .flatMap(HeaderReader::date)
                            .orElse(null),
                    xsdVersie
                            .flatMap(e -> text(e, basis, "BasisschemaXsdVersie"))
                            .orElse(null),
                    xsdVersie.flatMap(e -> text(e, basis, "BerichtXsdVersie")).orElse(null));
        });
    }

    static Optional<Element> child(Element parent, String namespace, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static Optional<String> text(Element parent, String namespace, String localName) {
        return child(parent, namespace, localName).map(Element::getTextContent);
    }

    /**
     * The same header read with a streaming parser from the bytes of an accepted message, stopping
     * at the end of the Header: the pipeline needs the header (to look the message up) before it
     * knows whether the message is to be processed at all, and no DOM for most messages. Text is
     * gathered as {@link Element#getTextContent} gathers it, and the first of two same-named
     * elements counts.
     *
     * @param reader standing on the root element
     * @throws XMLStreamException when the bytes are not well-formed up to the end of the Header
     */
    static Optional<BerichtHeader> read(BerichtType type, XMLStreamReader reader) throws XMLStreamException {
        String ns = type.namespace();
        String basis = type.standaard().basisschemaNamespace();
        Map<String, String> fields = new HashMap<>();
        boolean header = false;
        int depth = 1;
        String group = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth == 1 && header) {
                    return Optional.of(header(type, fields));
                }
                if (depth == 2) {
                    group = null;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String uri = reader.getNamespaceURI();
                String name = reader.getLocalName();
                if (depth == 2 && ns.equals(uri) && "Header".equals(name)) {
                    header = true;
                } else if (depth == 3 && ns.equals(uri) && header && isGroup(name)) {
                    group = fields.containsKey(name) ? null : name;
                    fields.put(name, "");
                } else if (depth == 3 && ns.equals(uri) && header) {
                    fields.putIfAbsent(name, text(reader));
                    depth--;
                } else if (depth == 4 && group != null && basis.equals(uri)) {
                    fields.putIfAbsent(group + "/" + name, text(reader));
                    depth--;
                } else {
                    skip(reader, null);
                    depth--;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isGroup(String name) {
        return "BerichtIdentificatie".equals(name) || "XsdVersie".equals(name);
    }

    /** All text inside the current element, as {@link Element#getTextContent}; ends on its end tag. */
    private static String text(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        skip(reader, text);
        return text.toString();
    }

    /** Past the current element's end tag, gathering its text when {@code text} is not null. */
    private static void skip(XMLStreamReader reader, StringBuilder text) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (text != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(reader.getText());
            }
        }
    }

    private static BerichtHeader header(BerichtType type, Map<String, String> fields) {
        return new BerichtHeader(
                type,
                fields.get("Afzender"),
                fields.get("Ontvanger"),
                fields.get("BerichtIdentificatie/Identificatie"),
                Optional.ofNullable(fields.get("BerichtIdentificatie/Dagtekening"))
                        .flatMap(HeaderReader::date)
                        .orElse(null),
                fields.get("XsdVersie/BasisschemaXsdVersie"),
                fields.get("XsdVersie/BerichtXsdVersie"));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
