package nl.ketenhub.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A retour (302, 306, 308, 316, 318, 320 or 325, iWmo or iJw) as CSV: one row per class that
 * carries RetourCodes, with the identification of the message it answers, the client and the
 * product or prestatie it concerns, the codes and their meaning in the plain Dutch of the upload
 * report ({@link Retourcodes}). A retour without any code is one row saying it was approved.
 */
final class RetourCsv {

    static final String[] HEADER = {
        "bericht",
        "afzender",
        "identificatie",
        "dagtekening",
        "heenbericht",
        "klasse",
        "bsn",
        "toewijzingnummer",
        "referentie",
        "retourcodes",
        "toelichting"
    };

    static final String GOEDGEKEURD = "Geen retourcodes: het bericht is goedgekeurd";

    private RetourCsv() {}

    /** @param bericht the message name ({@code JW306}) */
    static String write(String bericht, Document document) {
        Element root = document.getDocumentElement();
        Element header = OutboundXml.element(root, "Header");
        List<String> message = List.of(
                bericht,
                OutboundXml.text(header, "Afzender"),
                OutboundXml.text(header, "BerichtIdentificatie", "Identificatie"),
                OutboundXml.text(header, "BerichtIdentificatie", "Dagtekening"),
                heenbericht(header));
        List<List<String>> rows = new ArrayList<>();
        NodeList lists = root.getElementsByTagNameNS("*", "RetourCodes");
        for (int i = 0; i < lists.getLength(); i++) {
            Element codes = (Element) lists.item(i);
            Element klasse = (Element) codes.getParentNode();
            List<String> found = OutboundXml.children(codes, "RetourCode").stream()
                    .map(e -> e.getTextContent().trim())
                    .toList();
            rows.add(row(
                    message,
                    OutboundXml.path(klasse),
                    klasse,
                    String.join(" ", found),
                    String.join(
                            "; ",
                            found.stream()
                                    .map(c -> c + ": " + Retourcodes.meaning(c))
                                    .toList())));
        }
        if (rows.isEmpty()) {
            rows.add(row(message, "Header", header, "", GOEDGEKEURD));
        }
        return OutboundXml.csv(HEADER, rows);
    }

    private static List<String> row(
            List<String> message, String path, Element klasse, String codes, String toelichting) {
        List<String> row = new ArrayList<>(message);
        row.add(path);
        row.add(bsn(klasse));
        row.add(OutboundXml.text(klasse, "ToewijzingNummer"));
        row.add(referentie(klasse));
        row.add(codes);
        row.add(toelichting);
        return row;
    }

    /** The Identificatie of the answered message: IdentificatieRetour, or a 325's DeclaratieIdentificatie. */
    private static String heenbericht(Element header) {
        String retour = OutboundXml.text(header, "IdentificatieRetour");
        return retour.isEmpty() ? OutboundXml.text(header, "DeclaratieIdentificatie", "Identificatie") : retour;
    }

    /** The Bsn of the Client the class is or sits in; empty above the client. */
    private static String bsn(Element klasse) {
        for (Element e = klasse; e != null; e = e.getParentNode() instanceof Element parent ? parent : null) {
            if ("Client".equals(e.getLocalName())) {
                return OutboundXml.text(e, "Bsn");
            }
        }
        return "";
    }

    /** What the aanbieder knows the class by: its ReferentieAanbieder, prestatie ReferentieNummer or DeclaratieNummer. */
    private static String referentie(Element klasse) {
        for (String[] path :
                new String[][] {{"ReferentieAanbieder"}, {"ProductReferentie", "ReferentieNummer"}, {"DeclaratieNummer"}
                }) {
            String value = OutboundXml.text(klasse, path);
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
