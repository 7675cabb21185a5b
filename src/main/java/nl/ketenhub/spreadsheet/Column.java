package nl.ketenhub.spreadsheet;

import java.util.Set;

/**
 * One column of a layout.
 *
 * @param name the header text (compared without case and surrounding spaces)
 * @param required whether every row must fill it
 * @param kind how the cell is checked
 * @param width for codes: the length of the code, leading zeros restored (Excel drops them)
 * @param codes for codes: the allowed values (null when the standard decides per row, see Codelijsten)
 */
record Column(String name, boolean required, Kind kind, int width, Set<String> codes) {

    static Column required(String name, Kind kind) {
        return new Column(name, true, kind, 0, null);
    }

    static Column optional(String name, Kind kind) {
        return new Column(name, false, kind, 0, null);
    }

    static Column code(String name, boolean required, int width, Set<String> codes) {
        return new Column(name, required, Kind.CODE, width, codes);
    }
}
