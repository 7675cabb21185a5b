package nl.ketenhub.declaratie;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import nl.ketenhub.bericht.InboundBericht;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The 323 as forwarded to the gemeente: unchanged when every prestatie passed, otherwise reduced
 * to the passed prestaties (clients left without prestaties dropped) with TotaalIngediendBedrag
 * recomputed so that TR358 still holds. The header, and so the BerichtIdentificatie the 325 refers
 * to, stays the same.
 */
final class Doorsturen {

    private Doorsturen() {}

    static byte[] reduced(InboundBericht inbound, Declaratiebericht bericht, Afwijzingen afwijzingen) {
        List<Rules323.At> all = Rules323.prestaties(bericht);
        if (all.stream().noneMatch(afwijzingen::rejected)) {
            return inbound.payload();
        }
        String ns = inbound.type().namespace();
        Document copy = (Document) inbound.document().cloneNode(true);
        Element declaratie = child(copy.getDocumentElement(), ns, "Declaratie");
        Element clienten = child(declaratie, ns, "Clienten");
        long totaal = 0;
        int index = 0;
        for (Element client : children(clienten, ns, "Client")) {
            Element prestaties = child(client, ns, "Prestaties");
            for (Element prestatie : children(prestaties, ns, "Prestatie")) {
                Rules323.At at = all.get(index++);
                if (afwijzingen.rejected(at)) {
                    prestaties.removeChild(prestatie);
                } else {
                    totaal += at.prestatie().signedBedrag();
                }
            }
            if (children(prestaties, ns, "Prestatie").isEmpty()) {
                clienten.removeChild(client);
            }
        }
        Element totaalIngediend = child(declaratie, ns, "TotaalIngediendBedrag");
        for (Node n = totaalIngediend.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "TotaalBedrag".equals(e.getLocalName())) {
                e.setTextContent(Long.toString(Math.abs(totaal)));
            } else if (n instanceof Element e && "DebetCredit".equals(e.getLocalName())) {
                e.setTextContent(totaal < 0 ? "C" : "D");
            }
        }
        return serialize(copy);
    }

    private static Element child(Element parent, String ns, String name) {
        return children(parent, ns, name).get(0);
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** Not thread-safe: one per thread, from the JDK's own factory (no class path scan per message). */
    private static final ThreadLocal<Transformer> WRITERS = ThreadLocal.withInitial(() -> {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            return transformer;
        } catch (TransformerException e) {
            throw new IllegalStateException("no XML serializer", e);
        }
    });

    private static byte[] serialize(Document document) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WRITERS.get().transform(new DOMSource(document), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("The reduced 323 could not be written", e);
        }
    }
}
