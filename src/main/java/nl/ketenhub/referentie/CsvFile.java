package nl.ketenhub.referentie;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small comma-separated file in UTF-8: lines starting with {@code #} and blank lines are comments,
 * the first other line is the header, fields may be quoted ({@code "Nuenen, Gerwen en
 * Nederwetten"}, a quote inside as {@code ""}). Every problem names the file and the line.
 */
final class CsvFile {

    /** One data row with its 1-based line number in the file. */
    record Row(int line, List<String> fields) {

        String field(int index) {
            return fields.get(index);
        }
    }

    private CsvFile() {}

    /**
     * The data rows after checking the header; null (with a problem recorded) when the file is
     * missing or unreadable. Rows with the wrong number of fields are reported and left out.
     */
    static List<Row> read(Path path, List<String> header, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.add(path + ": file not found");
            return null;
        } catch (CharacterCodingException e) {
            problems.add(path + ": not UTF-8");
            return null;
        } catch (IOException e) {
            problems.add(path + ": cannot be read: " + e.getMessage());
            return null;
        }
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            int line = i + 1;
            List<String> fields = split(text);
            if (fields == null) {
                problems.add(path + " line " + line + ": a quoted field is not closed");
            } else if (!headerSeen) {
                headerSeen = true;
                if (!fields.stream().map(String::toLowerCase).toList().equals(header)) {
                    problems.add(path + " line " + line + ": the header must be '" + String.join(",", header)
                            + "', found '" + text.strip() + "'");
                    return rows;
                }
            } else if (fields.size() != header.size()) {
                problems.add(path + " line " + line + ": expected " + header.size() + " fields ("
                        + String.join(",", header) + "), found " + fields.size());
            } else {
                rows.add(new Row(line, fields));
            }
        }
        if (!headerSeen) {
            problems.add(path + " line 1: the file is empty; the header must be '" + String.join(",", header) + "'");
        }
        return rows;
    }

    /** The trimmed fields of one line, or null when a quote is not closed. */
    static List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
