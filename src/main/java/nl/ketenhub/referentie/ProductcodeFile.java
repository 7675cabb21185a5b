package nl.ketenhub.referentie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.ketenhub.bericht.Standaard;

/**
 * Reads and checks config/productcodes.csv: {@code gemeente,wet,categorie,code}, the product code
 * lists gemeenten use instead of the national one. A gemeente that appears for a law uses exactly
 * the codes listed for it; each code belongs to one category. The file is optional.
 */
final class ProductcodeFile {

    static final List<String> HEADER = List.of("gemeente", "wet", "categorie", "code");

    /** A gemeente's list for one law. */
    record Lijst(String gemeente, Standaard wet) {}

    private ProductcodeFile() {}

    /**
     * The category of every code per (gemeente, wet); empty when the file does not exist. Throws
     * {@link ReferentieException} when the file is invalid.
     *
     * @param knownGemeente whether a gemeentecode is in the CBS list
     */
    static Map<Lijst, Map<String, String>> load(Path path, Predicate<String> knownGemeente) {
        if (!Files.exists(path)) {
            return Map.of();
        }
        List<String> problems = new ArrayList<>();
        List<CsvFile.Row> rows = CsvFile.read(path, HEADER, problems);
        Map<Lijst, Map<String, String>> lists = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvFile.Row row : rows == null ? List.<CsvFile.Row>of() : rows) {
            String at = path + " line " + row.line() + ": ";
            String gemeente = row.field(0);
            Standaard wet = wet(row.field(1));
            String categorie = row.field(2);
            String code = row.field(3);
            int before = problems.size();
            if (!gemeente.matches("[0-9]{4}")) {
                problems.add(at + "gemeente '" + gemeente + "' is not a gemeentecode of 4 digits");
            } else if (!knownGemeente.test(gemeente)) {
                problems.add(at + "gemeente '" + gemeente + "' is not in the CBS gemeentelijke indeling");
            }
            if (wet == null) {
                problems.add(at + "wet '" + row.field(1) + "' must be Wmo or Jeugdwet");
            } else if (!Productcategorieen.exists(wet, categorie)) {
                problems.add(at + "categorie '" + categorie + "' does not exist for the " + wet.wet() + " ("
                        + Productcategorieen.ranges(wet) + ")");
            }
            if (code.isEmpty() || code.length() > 5) {
                problems.add(at + "code '" + code + "' must have 1 to 5 characters");
            }
            if (problems.size() > before) {
                continue;
            }
            String key = gemeente + "/" + wet + "/" + code;
            if (lines.containsKey(key)) {
                problems.add(at + "code " + code + " is already listed for gemeente " + gemeente + " (" + wet.wet()
                        + ") at line " + lines.get(key));
                continue;
            }
            lines.put(key, row.line());
            lists.computeIfAbsent(new Lijst(gemeente, wet), l -> new HashMap<>())
                    .put(code, categorie);
        }
        ReferentieException.throwIfAny(problems);
        lists.replaceAll((lijst, codes) -> Map.copyOf(codes));
        return Map.copyOf(lists);
    }

    private static Standaard wet(String text) {
        for (Standaard standaard : Standaard.values()) {
            if (standaard.wet().equalsIgnoreCase(text)) {
                return standaard;
            }
        }
        return null;
    }
}
