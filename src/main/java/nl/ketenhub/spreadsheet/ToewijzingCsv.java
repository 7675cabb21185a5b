package nl.ketenhub.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A 301 (iWmo or iJw) as CSV for an aanbieder without software: one row per ToegewezenProduct with
 * the client, the ToewijzingNummer, the product, the dates and the omvang. The columns a 305 or 307
 * upload needs carry the names of the upload layout, so a row can be copied into one.
 */
final class ToewijzingCsv {

    static final String[] HEADER = {
        "bericht",
        "gemeente",
        "identificatie",
        "dagtekening",
        "bsn",
        "geboortedatum",
        "geslacht",
        "achternaam",
        "voorvoegsel",
        "voorletters",
        "toewijzingnummer",
        "referentieaanbieder",
        "productcategorie",
        "productcode",
        "toewijzingsdatum",
        "toewijzingingangsdatum",
        "einddatum",
        "redenwijziging",
        "volume",
        "eenheid",
        "frequentie",
        "budget",
        "commentaar"
    };

    private ToewijzingCsv() {}

    /** @param bericht the message name ({@code JW301}) */
    static String write(String bericht, Document document) {
        Element root = document.getDocumentElement();
        Element header = OutboundXml.element(root, "Header");
        Element client = OutboundXml.element(root, "Client");
        List<List<String>> rows = new ArrayList<>();
        for (Element product :
                OutboundXml.children(OutboundXml.element(client, "ToegewezenProducten"), "ToegewezenProduct")) {
            rows.add(List.of(
                    bericht,
                    OutboundXml.text(header, "Afzender"),
                    OutboundXml.text(header, "BerichtIdentificatie", "Identificatie"),
                    OutboundXml.text(header, "BerichtIdentificatie", "Dagtekening"),
                    OutboundXml.text(client, "Bsn"),
                    OutboundXml.text(client, "Geboortedatum", "Datum"),
                    OutboundXml.text(client, "Geslacht"),
                    OutboundXml.text(client, "Naam", "Geslachtsnaam", "Achternaam"),
                    OutboundXml.text(client, "Naam", "Geslachtsnaam", "Voorvoegsel"),
                    OutboundXml.text(client, "Naam", "Voorletters"),
                    OutboundXml.text(product, "ToewijzingNummer"),
                    OutboundXml.text(product, "ReferentieAanbieder"),
                    OutboundXml.text(product, "Product", "Categorie"),
                    OutboundXml.text(product, "Product", "Code"),
                    OutboundXml.text(product, "Toewijzingsdatum"),
                    OutboundXml.text(product, "Ingangsdatum"),
                    OutboundXml.text(product, "Einddatum"),
                    OutboundXml.text(product, "RedenWijziging"),
                    OutboundXml.text(product, "Omvang", "Volume"),
                    OutboundXml.text(product, "Omvang", "Eenheid"),
                    OutboundXml.text(product, "Omvang", "Frequentie"),
                    OutboundXml.text(product, "Budget"),
                    OutboundXml.text(product, "Commentaar")));
        }
        return OutboundXml.csv(HEADER, rows);
    }
}
