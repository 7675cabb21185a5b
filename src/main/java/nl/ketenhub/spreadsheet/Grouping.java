package nl.ketenhub.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.ketenhub.bericht.BerichtType;

/**
 * Groups checked rows into messages as the standard wants them: a 305, 307 or 315 carries one
 * client, so one message per standard, gemeente and BSN with every row of that client as a product;
 * a 323 is one message per standard, gemeente and DeclaratieNummer with its rows grouped per client.
 * Rows of one message must agree on what the message says once (the client's data, the period).
 */
final class Grouping {

    /** The 315 client columns besides {@link Layout#CLIENT_COLUMNS}. */
    private static final List<String> CLIENT_315 = List.of("gezagsdragerbekend", "clientcommentaar");

    private Grouping() {}

    /** One message to build: its rows in message order, each with the path of its class. */
    record Group(BerichtType type, String gemeente, List<SheetRow> rows, List<String> paths) {

        Group {
            rows = List.copyOf(rows);
            paths = List.copyOf(paths);
        }
    }

    record Result(List<Group> groups, List<RowError> errors) {}

    static Result group(Layout layout, List<SheetRow> rows) {
        Map<String, List<SheetRow>> byKey = new LinkedHashMap<>();
        for (SheetRow row : rows) {
            String own = layout == Layout.DECLARATIE ? row.text("declaratienummer") : row.text("bsn");
            byKey.computeIfAbsent(row.type() + "|" + row.gemeente() + "|" + own, k -> new ArrayList<>())
                    .add(row);
        }
        List<RowError> errors = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (List<SheetRow> members : byKey.values()) {
            groups.add(layout == Layout.DECLARATIE ? declaratie(members, errors) : perClient(layout, members, errors));
        }
        return new Result(errors.isEmpty() ? groups : List.of(), errors);
    }

    private static Group perClient(Layout layout, List<SheetRow> rows, List<RowError> errors) {
        List<String> shared = new ArrayList<>(Layout.CLIENT_COLUMNS);
        if (layout == Layout.VERZOEK) {
            shared.addAll(CLIENT_315);
        }
        agree(rows, shared, errors);
        String klasse =
                switch (layout) {
                    case START -> "Client/StartProducten/StartProduct[";
                    case STOP -> "Client/StopProducten/StopProduct[";
                    default -> "Client/AangevraagdeProducten/AangevraagdProduct[";
                };
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            paths.add(klasse + (i + 1) + "]");
        }
        return new Group(rows.get(0).type(), rows.get(0).gemeente(), rows, paths);
    }

    private static Group declaratie(List<SheetRow> rows, List<RowError> errors) {
        agree(rows, List.of("declaratieperiode"), errors);
        for (SheetRow row : rows) {
            if (!row.has("tarief") && !row.has("bedrag") && !"83".equals(row.text("eenheid"))) {
                errors.add(new RowError(row.row(), "tarief", "verplicht, behalve bij eenheid 83 (euro's)"));
            }
        }
        Map<String, List<SheetRow>> byClient = new LinkedHashMap<>();
        rows.forEach(row -> byClient.computeIfAbsent(row.text("bsn"), k -> new ArrayList<>())
                .add(row));
        List<SheetRow> ordered = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        int client = 0;
        for (List<SheetRow> prestaties : byClient.values()) {
            client++;
            for (int i = 0; i < prestaties.size(); i++) {
                ordered.add(prestaties.get(i));
                paths.add("Declaratie/Clienten/Client[" + client + "]/Prestaties/Prestatie[" + (i + 1) + "]");
            }
        }
        return new Group(rows.get(0).type(), rows.get(0).gemeente(), ordered, paths);
    }

    /** Every row must repeat the first row's value of these columns. */
    private static void agree(List<SheetRow> rows, List<String> columns, List<RowError> errors) {
        SheetRow first = rows.get(0);
        for (SheetRow row : rows.subList(1, rows.size())) {
            for (String column : columns) {
                if (!Objects.equals(first.text(column), row.text(column))) {
                    errors.add(new RowError(
                            row.row(),
                            column,
                            "wijkt af van rij " + first.row()
                                    + "; rijen van hetzelfde bericht moeten hier gelijk zijn"));
                }
            }
        }
    }
}
