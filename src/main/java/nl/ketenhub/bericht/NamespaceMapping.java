package nl.ketenhub.bericht;

import java.util.Map;
import java.util.stream.Collectors;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes SAX events on with some namespaces replaced by others: an iWmo message read as its iJw
 * counterpart (see {@link BerichtUnmarshaller#unmarshalAsIjw}) without building and copying a DOM.
 */
final class NamespaceMapping extends XMLFilterImpl {

    private final Map<String, String> namespaces;

    NamespaceMapping(XMLReader parent, Map<String, String> namespaces) {
        super(parent);
        // JAXB's SAX connector compares namespace names by identity, as a SAX parser interns them
        this.namespaces = namespaces.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, e -> e.getValue().intern()));
    }

    private String map(String uri) {
        return uri == null ? null : namespaces.getOrDefault(uri, uri);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        super.startPrefixMapping(prefix, map(uri));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        super.startElement(map(uri), localName, qName, mapped(atts));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(map(uri), localName, qName);
    }

    private Attributes mapped(Attributes atts) {
        for (int i = 0; i < atts.getLength(); i++) {
            if (namespaces.containsKey(atts.getURI(i))) {
                AttributesImpl copy = new AttributesImpl(atts);
                for (int j = 0; j < copy.getLength(); j++) {
                    copy.setURI(j, map(copy.getURI(j)));
                }
                return copy;
            }
        }
        return atts;
    }
}
