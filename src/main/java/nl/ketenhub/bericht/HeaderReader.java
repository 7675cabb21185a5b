package nl.ketenhub.bericht;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
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

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
