package nl.ketenhub.spreadsheet;

import java.time.LocalDate;
import java.util.Map;
import nl.ketenhub.bericht.BerichtType;

/**
 * One checked row: its message type and its cells by column name, normalised (dates jjjj-mm-dd,
 * euros as eurocents, codes with their leading zeros). Empty cells are absent.
 */
record SheetRow(int row, BerichtType type, Map<String, String> values) {

    SheetRow {
        values = Map.copyOf(values);
    }

    String gemeente() {
        return values.get(Layout.GEMEENTE);
    }

    boolean has(String column) {
        return values.containsKey(column);
    }

    String text(String column) {
        return values.get(column);
    }

    LocalDate date(String column) {
        String value = values.get(column);
        return value == null ? null : LocalDate.parse(value);
    }

    Integer integer(String column) {
        String value = values.get(column);
        return value == null ? null : Integer.valueOf(value);
    }

    Long amount(String column) {
        String value = values.get(column);
        return value == null ? null : Long.valueOf(value);
    }
}
