package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.InboundBericht;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The RetourCodes in the Header of a retour; empty when the retour approves its heenbericht. */
final class HeaderRetourCodes {

    private HeaderRetourCodes() {}

    static List<String> of(InboundBericht bericht) {
        String ns = bericht.type().namespace();
        Element header = (Element)
                bericht.document().getElementsByTagNameNS(ns, "Header").item(0);
        List<String> codes = new ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element && "RetourCodes".equals(element.getLocalName())) {
                NodeList retourCodes = element.getElementsByTagNameNS(ns, "RetourCode");
                for (int j = 0; j < retourCodes.getLength(); j++) {
                    codes.add(retourCodes.item(j).getTextContent().trim());
                }
            }
        }
        return codes;
    }
}
