package nl.ketenhub.referentie;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks config/cbs-gemeentecodes.csv: {@code code,naam,geldig-van,geldig-tot}, one row
 * per period of a code (ISO dates, empty = open). Every fault names the file and the line.
 */
final class GemeentecodeFile {

    static final List<String> HEADER = List.of("code", "naam", "geldig-van", "geldig-tot");

    private GemeentecodeFile() {}

    /** The periods per code; throws {@link ReferentieException} when the file is missing or invalid. */
    static Map<String, List<Gemeentecode>> load(Path path) {
        List<String> problems = new ArrayList<>();
        List<CsvFile.Row> rows = CsvFile.read(path, HEADER, problems);
        Map<String, List<Gemeentecode>> codes = new HashMap<>();
        Map<Gemeentecode, Integer> lines = new HashMap<>();
        if (rows != null) {
            for (CsvFile.Row row : rows) {
                Gemeentecode code = row(path, row, problems);
                if (code == null) {
                    continue;
                }
                List<Gemeentecode> periods = codes.computeIfAbsent(code.code(), c -> new ArrayList<>());
                periods.stream()
                        .filter(code::overlaps)
                        .findFirst()
                        .ifPresentOrElse(
                                earlier -> problems.add(path + " line " + row.line() + ": the period of code "
                                        + code.code() + " overlaps the one at line " + lines.get(earlier)),
                                () -> {
                                    periods.add(code);
                                    lines.put(code, row.line());
                                });
            }
            if (codes.isEmpty() && problems.isEmpty()) {
                problems.add(path + ": no gemeentecodes");
            }
        }
        ReferentieException.throwIfAny(problems);
        codes.replaceAll((code, periods) -> List.copyOf(periods));
        return Map.copyOf(codes);
    }

    private static Gemeentecode row(Path path, CsvFile.Row row, List<String> problems) {
        String at = path + " line " + row.line() + ": ";
        String code = row.field(0);
        String naam = row.field(1);
        boolean ok = true;
        if (!code.matches("[0-9]{4}")) {
            problems.add(at + "code '" + code + "' is not a gemeentecode of 4 digits");
            ok = false;
        }
        if (naam.isEmpty()) {
            problems.add(at + "naam is empty");
            ok = false;
        }
        LocalDate van = date(row.field(2), "geldig-van", at, problems);
        LocalDate tot = date(row.field(3), "geldig-tot", at, problems);
        if (van != null && tot != null && tot.isBefore(van)) {
            problems.add(at + "geldig-tot " + tot + " is before geldig-van " + van);
            ok = false;
        }
        boolean datesOk =
                (row.field(2).isEmpty() || van != null) && (row.field(3).isEmpty() || tot != null);
        return ok && datesOk ? new Gemeentecode(code, naam, van, tot) : null;
    }

    private static LocalDate date(String text, String field, String at, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(at + field + " '" + text + "' is not a date (yyyy-mm-dd)");
            return null;
        }
    }
}
