package nl.ketenhub.format;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.namespace.QName;
import nl.ketenhub.bericht.BerichtType;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;
import org.w3c.dom.Element;

/**
 * XML to canonical and back for one message code ({@code jw305}, {@code wmo301}, or the hub's
 * {@code afwijzing}). The canonical model of a message type is the class tree xjc generates from
 * our schemas/ for it: {@link #root()} is its root.
 *
 * @param code the schema name: {@code jw305}, {@code wmo301}, {@code afwijzing}
 * @param type the message type; null for the hub's rejection document
 * @param element the qualified root element
 * @param root the canonical root class
 */
public record XmlTranslator(String code, BerichtType type, QName element, Class<?> root) {

    /** The canonical message of a root element of this code. */
    Object toCanonical(JAXBContext context, Element xml) {
        try {
            return context.createUnmarshaller().unmarshal(xml, root).getValue();
        } catch (JAXBException e) {
            throw new UntranslatableException(code + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The standard XML of a canonical message of this code, UTF-8 with the standard's prefixes. */
    byte[] toXml(JAXBContext context, Object canonical) {
        if (!root.isInstance(canonical)) {
            throw new IllegalArgumentException(
                    "not a " + code + ": " + canonical.getClass().getName());
        }
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            if (type != null) {
                marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new Prefixes(type));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            marshaller.marshal(element(canonical), out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new UntranslatableException(code + " could not be written: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JAXBElement<?> element(Object canonical) {
        return new JAXBElement(element, root, canonical);
    }

    /** The prefixes of the published samples: {@code jw305:} for the message, {@code ijw:} for the basisschema. */
    private static final class Prefixes extends NamespacePrefixMapper {

        private final Map<String, String> prefixes;

        Prefixes(BerichtType type) {
            this.prefixes = Map.of(
                    type.namespace(), type.schemaName(),
                    type.standaard().basisschemaNamespace(), type.standaard().folder());
        }

        @Override
        public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
            return prefixes.getOrDefault(namespaceUri, suggestion);
        }
    }
}
