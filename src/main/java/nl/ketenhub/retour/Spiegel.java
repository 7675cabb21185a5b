package nl.ketenhub.retour;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Copies a part of the heenbericht into the retour: elements move to the retour's namespaces, text
 * is kept, whitespace-only text, comments and attributes are dropped. With class paths given,
 * every class element gets its RetourCodes as last child.
 */
final class Spiegel {

    private final Document retour;
    private final RetourBuilder.Namen namen;
    private final KlassePaden paden;
    private final Map<Element, Set<String>> klasseCodes;

    Spiegel(Document retour, RetourBuilder.Namen namen, KlassePaden paden, Map<Element, Set<String>> klasseCodes) {
        this.retour = retour;
        this.namen = namen;
        this.paden = paden;
        this.klasseCodes = klasseCodes;
    }

    /** @param belowError the element lies below a class in error, so its classes are not assessed */
    Element copy(Element source, boolean belowError) {
        Element target = namen.mirror(retour, source);
        boolean klasse = paden != null && paden.isKlasse(source);
        Set<String> codes = klasse ? klasseCodes.get(source) : null;
        boolean childrenBelowError = belowError || codes != null;
        for (Node n = source.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                target.appendChild(copy(child, childrenBelowError));
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                target.appendChild(retour.createTextNode(n.getNodeValue()));
            }
        }
        if (klasse) {
            List<String> own = codes != null
                    ? List.copyOf(codes)
                    : List.of(belowError ? RetourBuilder.NIET_BEOORDEELD : RetourBuilder.GOEDGEKEURD);
            target.appendChild(namen.retourCodes(retour, own));
        }
        return target;
    }
}
