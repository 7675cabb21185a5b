package nl.ketenhub.spreadsheet;

import static nl.ketenhub.spreadsheet.Column.code;
import static nl.ketenhub.spreadsheet.Column.optional;
import static nl.ketenhub.spreadsheet.Column.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The column layouts of a spreadsheet upload (docs/csv.md), one per message: every row names its
 * message in the column {@code bericht} ({@code WMO305}, {@code JW305}, ...); one file holds rows of
 * one message number, of either standard.
 */
enum Layout {
    START(
            305,
            client(),
            List.of(
                    optional("toewijzingnummer", Kind.NUMBER),
                    code(Codelijsten.PRODUCTCATEGORIE, false, 2, null),
                    optional("productcode", Kind.TEXT),
                    optional("toewijzingingangsdatum", Kind.DATE),
                    required("begindatum", Kind.DATE),
                    code("status", false, 1, Codelijsten.STATUS))),
    STOP(
            307,
            client(),
            List.of(
                    optional("toewijzingnummer", Kind.NUMBER),
                    code(Codelijsten.PRODUCTCATEGORIE, false, 2, null),
                    optional("productcode", Kind.TEXT),
                    optional("toewijzingingangsdatum", Kind.DATE),
                    required("begindatum", Kind.DATE),
                    code(Codelijsten.REDEN_BEEINDIGING, true, 2, null),
                    required("einddatum", Kind.DATE),
                    code("status", false, 1, Codelijsten.STATUS))),
    VERZOEK(
            315,
            client(),
            List.of(
                    code("gezagsdragerbekend", false, 1, Codelijsten.JA_NEE),
                    optional("clientcommentaar", Kind.TEXT),
                    required("referentieaanbieder", Kind.TEXT),
                    optional("beschikkingnummer", Kind.NUMBER),
                    code(Codelijsten.PRODUCTCATEGORIE, false, 2, null),
                    optional("productcode", Kind.TEXT),
                    optional("beschikkingingangsdatum", Kind.DATE),
                    required("ingangsdatum", Kind.DATE),
                    optional("einddatum", Kind.DATE),
                    optional("volume", Kind.NUMBER),
                    code("eenheid", false, 2, Codelijsten.EENHEID),
                    code("frequentie", false, 1, Codelijsten.FREQUENTIE),
                    optional("budget", Kind.EURO),
                    code("verwijzertype", true, 2, Codelijsten.VERWIJZER),
                    optional("verwijzernaam", Kind.TEXT),
                    optional("zorgverlenercode", Kind.TEXT),
                    code("raamcontract", false, 1, Codelijsten.JA_NEE),
                    optional("commentaar", Kind.TEXT))),
    DECLARATIE(
            323,
            List.of(),
            List.of(
                    required("declaratienummer", Kind.TEXT),
                    required("declaratieperiode", Kind.MONTH),
                    required("bsn", Kind.BSN),
                    required("referentienummer", Kind.TEXT),
                    optional("vorigreferentienummer", Kind.TEXT),
                    required("toewijzingnummer", Kind.NUMBER),
                    code(Codelijsten.PRODUCTCATEGORIE, true, 2, null),
                    required("productcode", Kind.TEXT),
                    required("begindatum", Kind.DATE),
                    required("einddatum", Kind.DATE),
                    required("volume", Kind.NUMBER),
                    code("eenheid", true, 2, Codelijsten.EENHEID),
                    optional("tarief", Kind.EURO),
                    optional("bedrag", Kind.EURO),
                    code("debetcredit", false, 1, Codelijsten.DEBET_CREDIT)));

    static final String BERICHT = "bericht";
    static final String GEMEENTE = "gemeente";

    /** The client columns of 305, 307 and 315 (CDT_VerkorteNaam and the person's data). */
    static final List<String> CLIENT_COLUMNS =
            List.of("bsn", "geboortedatum", "geslacht", "achternaam", "voorvoegsel", "voornamen", "voorletters");

    private final int nummer;
    private final List<Column> columns;

    Layout(int nummer, List<Column> client, List<Column> own) {
        this.nummer = nummer;
        List<Column> all = new ArrayList<>();
        all.add(required(BERICHT, Kind.TEXT));
        all.add(new Column(GEMEENTE, true, Kind.CODE, 4, null));
        all.addAll(client);
        all.addAll(own);
        this.columns = List.copyOf(all);
    }

    int nummer() {
        return nummer;
    }

    List<Column> columns() {
        return columns;
    }

    Optional<Column> column(String name) {
        String wanted = normalise(name);
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    static Optional<Layout> of(int nummer) {
        for (Layout layout : values()) {
            if (layout.nummer == nummer) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** A header text as a column name: lower case, without spaces, underscores or hyphens. */
    static String normalise(String header) {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }

    private static List<Column> client() {
        return List.of(
                required("bsn", Kind.BSN),
                required("geboortedatum", Kind.DATE),
                code("geslacht", true, 1, Codelijsten.GESLACHT),
                required("achternaam", Kind.TEXT),
                optional("voorvoegsel", Kind.TEXT),
                optional("voornamen", Kind.TEXT),
                optional("voorletters", Kind.TEXT));
    }
}
