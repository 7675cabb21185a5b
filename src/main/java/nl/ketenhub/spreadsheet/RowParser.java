package nl.ketenhub.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Elfproef;

/**
 * Checks a {@link Table} against its {@link Layout}: the header (every required column, no unknown
 * or repeated column), every row's cell count, and every cell (required, dates, numbers, amounts,
 * codes, the BSN's 11-proef, lengths). Collects every error with row and column; rows are only
 * returned when there is none.
 */
final class RowParser {

    private static final Pattern BERICHT = Pattern.compile("(?i)\\s*i?(WMO|JW)\\s*-?\\s*(\\d{3})\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern DUTCH_MONTH = Pattern.compile("(\\d{1,2})[-/](\\d{4})");
    private static final Pattern EURO = Pattern.compile("(\\d{1,9})(?:[.,](\\d{1,2}))?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /** Text cells with the shape the standard's XSD gives them, and that shape in Dutch. */
    private static final Map<String, String[]> TEXT_SHAPES = Map.ofEntries(
            Map.entry("achternaam", new String[] {".{1,200}", "ten hoogste 200 tekens"}),
            Map.entry("voorvoegsel", new String[] {".{1,10}", "ten hoogste 10 tekens"}),
            Map.entry("voornamen", new String[] {".{1,200}", "ten hoogste 200 tekens"}),
            Map.entry("voorletters", new String[] {"\\p{L}{1,6}", "1 tot 6 letters, zonder punten of spaties"}),
            Map.entry("productcode", new String[] {"[A-Za-z0-9]{1,5}", "1 tot 5 letters of cijfers"}),
            Map.entry("referentieaanbieder", new String[] {".{1,36}", "ten hoogste 36 tekens"}),
            Map.entry("verwijzernaam", new String[] {".{1,64}", "ten hoogste 64 tekens"}),
            Map.entry("zorgverlenercode", new String[] {"\\d{8}", "een AGB-code van 8 cijfers"}),
            Map.entry("declaratienummer", new String[] {"[A-Za-z0-9]{1,12}", "1 tot 12 letters of cijfers"}),
            Map.entry("referentienummer", new String[] {".{1,20}", "ten hoogste 20 tekens"}),
            Map.entry("vorigreferentienummer", new String[] {".{1,20}", "ten hoogste 20 tekens"}));

    private RowParser() {}

    /** The checked rows, or the errors; never both. */
    record Result(Layout layout, List<SheetRow> rows, List<RowError> errors) {

        boolean ok() {
            return errors.isEmpty();
        }
    }

    static Result parse(Table table) {
        List<RowError> errors = new ArrayList<>();
        List<String> header = table.header().stream().map(Layout::normalise).toList();
        int berichtColumn = header.indexOf(Layout.BERICHT);
        if (berichtColumn < 0) {
            errors.add(new RowError(1, Layout.BERICHT, "de kolom 'bericht' ontbreekt in de kopregel"));
            return new Result(null, List.of(), errors);
        }
        if (table.lines().isEmpty()) {
            errors.add(new RowError(1, "", "het bestand heeft geen rijen onder de kopregel"));
            return new Result(null, List.of(), errors);
        }
        Layout layout = layout(table, berichtColumn).orElse(null);
        if (layout == null) {
            Table.Line first = table.lines().get(0);
            errors.add(new RowError(
                    first.row(),
                    Layout.BERICHT,
                    "onbekend bericht; gebruik WMO305, WMO307, WMO315, WMO323, JW305, JW307, JW315 of JW323"));
            return new Result(null, List.of(), errors);
        }
        checkHeader(table.header(), header, layout, errors);
        if (!errors.isEmpty()) {
            return new Result(layout, List.of(), errors);
        }
        List<SheetRow> rows = new ArrayList<>();
        for (Table.Line line : table.lines()) {
            parseLine(line, header, layout, errors).ifPresent(rows::add);
        }
        return errors.isEmpty() ? new Result(layout, rows, List.of()) : new Result(layout, List.of(), errors);
    }

    /** The layout of the first row whose bericht is known. */
    private static Optional<Layout> layout(Table table, int berichtColumn) {
        for (Table.Line line : table.lines()) {
            if (line.cells().size() > berichtColumn) {
                Optional<BerichtType> type = berichtType(line.cells().get(berichtColumn));
                if (type.isPresent()) {
                    return Layout.of(type.get().nummer());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<BerichtType> berichtType(String cell) {
        Matcher matcher = BERICHT.matcher(cell == null ? "" : cell);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Standaard standaard = matcher.group(1).equalsIgnoreCase("WMO") ? Standaard.IWMO : Standaard.IJW;
        int nummer = Integer.parseInt(matcher.group(2));
        if (Layout.of(nummer).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BerichtType.of(standaard, nummer));
    }

    private static void checkHeader(List<String> raw, List<String> header, Layout layout, List<RowError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                errors.add(new RowError(1, "kolom " + (i + 1), "kolom zonder naam in de kopregel"));
            } else if (layout.column(name).isEmpty()) {
                errors.add(new RowError(1, raw.get(i).trim(), "onbekende kolom voor bericht " + layout.nummer()));
            } else if (!seen.add(name)) {
                errors.add(new RowError(1, raw.get(i).trim(), "kolom staat meer dan eens in de kopregel"));
            }
        }
        for (Column column : layout.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(new RowError(1, column.name(), "verplichte kolom ontbreekt in de kopregel"));
            }
        }
    }

    private static Optional<SheetRow> parseLine(
            Table.Line line, List<String> header, Layout layout, List<RowError> errors) {
        int before = errors.size();
        if (line.cells().size() != header.size()) {
            errors.add(new RowError(
                    line.row(),
                    "",
                    "de rij heeft " + line.cells().size() + " cellen, de kopregel " + header.size() + " kolommen"));
            return Optional.empty();
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), line.cells().get(i).trim());
        }
        BerichtType type = berichtType(cells.get(Layout.BERICHT)).orElse(null);
        if (type == null || type.nummer() != layout.nummer()) {
            errors.add(new RowError(
                    line.row(),
                    Layout.BERICHT,
                    type == null
                            ? "onbekend bericht '" + cells.get(Layout.BERICHT) + "'"
                            : "alle rijen van een bestand horen bij hetzelfde bericht (" + layout.nummer() + ")"));
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (Column column : layout.columns()) {
            String cell = cells.getOrDefault(column.name(), "");
            if (column.name().equals(Layout.BERICHT)) {
                continue;
            }
            if (cell.isEmpty()) {
                if (column.required()) {
                    errors.add(new RowError(line.row(), column.name(), "verplicht veld is leeg"));
                }
                continue;
            }
            String value = check(column, cell, type.standaard(), line.row(), errors);
            if (value != null) {
                values.put(column.name(), value);
            }
        }
        if (type.standaard() == Standaard.IWMO && values.containsKey("gezagsdragerbekend")) {
            errors.add(new RowError(line.row(), "gezagsdragerbekend", "bestaat alleen in iJw (JW315)"));
        }
        return errors.size() == before ? Optional.of(new SheetRow(line.row(), type, values)) : Optional.empty();
    }

    /** The normalised value, or null after recording the error. */
    private static String check(Column column, String cell, Standaard standaard, int row, List<RowError> errors) {
        String name = column.name();
        switch (column.kind()) {
            case DATE:
                return date(cell).map(LocalDate::toString).orElseGet(() -> {
                    errors.add(new RowError(row, name, "geen geldige datum '" + cell + "' (jjjj-mm-dd of dd-mm-jjjj)"));
                    return null;
                });
            case MONTH:
                return month(cell).map(YearMonth::toString).orElseGet(() -> {
                    errors.add(new RowError(row, name, "geen geldige maand '" + cell + "' (jjjj-mm)"));
                    return null;
                });
            case NUMBER:
                if (NUMBER.matcher(cell).matches()) {
                    return Long.toString(Long.parseLong(cell));
                }
                errors.add(new RowError(row, name, "geen geheel getal (ten hoogste 9 cijfers): '" + cell + "'"));
                return null;
            case EURO:
                Matcher euro = EURO.matcher(cell);
                if (euro.matches()) {
                    String cents = euro.group(2) == null ? "00" : (euro.group(2) + "0").substring(0, 2);
                    return Long.toString(Long.parseLong(euro.group(1)) * 100 + Long.parseLong(cents));
                }
                errors.add(new RowError(row, name, "geen bedrag in euro's (bijvoorbeeld 45,50): '" + cell + "'"));
                return null;
            case BSN:
                String bsn = pad(cell, 9);
                if (Elfproef.isValid(bsn)) {
                    return bsn;
                }
                errors.add(new RowError(row, name, "geen geldig BSN (9 cijfers, 11-proef)"));
                return null;
            case CODE:
                return code(column, cell, standaard, row, errors);
            default:
                String[] shape = TEXT_SHAPES.get(name);
                if (shape != null && !cell.matches(shape[0])) {
                    errors.add(new RowError(row, name, "ongeldige waarde: " + shape[1]));
                    return null;
                }
                return cell;
        }
    }

    private static String code(Column column, String cell, Standaard standaard, int row, List<RowError> errors) {
        String value = pad(cell.toUpperCase(Locale.ROOT), column.width());
        Set<String> codes = column.codes();
        if (codes == null && column.name().equals(Layout.GEMEENTE)) {
            if (value.matches("\\d{4}")) {
                return value;
            }
            errors.add(new RowError(row, column.name(), "geen gemeentecode van 4 cijfers: '" + cell + "'"));
            return null;
        }
        if (codes == null) {
            codes = Codelijsten.perStandaard(column.name(), standaard);
        }
        if (codes.contains(value)) {
            return value;
        }
        errors.add(new RowError(
                row, column.name(), "onbekende code '" + cell + "'; toegestaan: " + Codelijsten.describe(codes)));
        return null;
    }

    private static String pad(String value, int width) {
        if (width > 0 && value.matches("\\d+") && value.length() < width) {
            return "0".repeat(width - value.length()) + value;
        }
        return value;
    }

    static Optional<LocalDate> date(String cell) {
        try {
            Matcher iso = ISO_DATE.matcher(cell);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher dutch = DUTCH_DATE.matcher(cell);
            if (dutch.matches()) {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(dutch.group(3)),
                        Integer.parseInt(dutch.group(2)),
                        Integer.parseInt(dutch.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> month(String cell) {
        try {
            Matcher iso = MONTH.matcher(cell);
            if (iso.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2))));
            }
            Matcher dutch = DUTCH_MONTH.matcher(cell);
            if (dutch.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(dutch.group(2)), Integer.parseInt(dutch.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        // a spreadsheet turns 2026-04 into the date 2026-04-01
        return date(cell).filter(d -> d.getDayOfMonth() == 1).map(YearMonth::from);
    }
}
