package nl.ketenhub.spreadsheet;

import java.util.List;

/**
 * A spreadsheet as text: the header cells and the data lines, each with its row number as the
 * provider sees it (1 is the header row).
 */
record Table(List<String> header, List<Line> lines) {

    Table {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    record Line(int row, List<String> cells) {

        Line {
            cells = List.copyOf(cells);
        }
    }
}
