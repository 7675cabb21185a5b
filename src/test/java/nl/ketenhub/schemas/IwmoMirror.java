package nl.ketenhub.schemas;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Standaard;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Rewrites an iJw message into the iWmo form of the same message: namespaces, BerichtCode and
 * product category. The published iWmo retour XSDs are missing; their structure mirrors iJw
 * except for the facts in {@link #IJW_ONLY}.
 */
public final class IwmoMirror {

    /** Elements whose content or existence is specific to iJw. */
    static final Set<String> IJW_ONLY =
            Set.of("Categorie", "ProductCategorie", "GezagsdragerBekend", "Woonplaatsbeginsel");

    /** Optional iJw-only elements that an iWmo message cannot carry. */
    private static final Set<String> IJW_ONLY_ELEMENTS = Set.of("GezagsdragerBekend", "Woonplaatsbeginsel");

    /** An iWmo category (Begeleiding) that stands in for any iJw category. */
    static final String IWMO_CATEGORIE = "02";

    /** Namespaces and codes both ways, so a code or namespace of the other standard stays wrong. */
    private static final Map<String, String> SWAP = new HashMap<>();

    static {
        for (BerichtType jw : BerichtType.values()) {
            if (jw.standaard() == Standaard.IJW) {
                BerichtType wmo = BerichtType.of(Standaard.IWMO, jw.nummer());
                swap(jw.namespace(), wmo.namespace());
                swap(jw.berichtCode(), wmo.berichtCode());
            }
        }
        swap(Standaard.IJW.basisschemaNamespace(), Standaard.IWMO.basisschemaNamespace());
    }

    private IwmoMirror() {}

    private static void swap(String a, String b) {
        SWAP.put(a, b);
        SWAP.put(b, a);
    }

    /** A copy of the iJw message without its iJw-only optional elements; still an iJw message. */
    public static Document withoutIjwOnlyElements(Document ijw) {
        Document copy = (Document) ijw.cloneNode(true);
        for (Element e : MessageMutator.elements(copy)) {
            if (IJW_ONLY_ELEMENTS.contains(e.getLocalName()) && e.getParentNode() != null) {
                e.getParentNode().removeChild(e);
            }
        }
        return copy;
    }

    /** A copy in iWmo form. */
    public static Document toIwmo(Document ijw) {
        Document copy = (Document) ijw.cloneNode(true);
        for (Element e : MessageMutator.elements(copy)) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                    attribute.setValue(SWAP.getOrDefault(attribute.getValue(), attribute.getValue()));
                }
            }
            String namespace = e.getNamespaceURI();
            if (namespace != null && SWAP.containsKey(namespace)) {
                MessageMutator.rename(copy, e, SWAP.get(namespace));
            }
            if (MessageMutator.children(e).isEmpty()) {
                String value = e.getTextContent();
                if ("BerichtCode".equals(e.getLocalName())) {
                    e.setTextContent(SWAP.getOrDefault(value, value));
                } else if ("Categorie".equals(e.getLocalName()) || "ProductCategorie".equals(e.getLocalName())) {
                    e.setTextContent(IWMO_CATEGORIE);
                }
            }
        }
        return copy;
    }
}
