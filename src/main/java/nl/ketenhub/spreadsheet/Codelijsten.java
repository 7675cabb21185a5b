package nl.ketenhub.spreadsheet;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.ketenhub.bericht.Standaard;

/**
 * The code lists a spreadsheet row is checked against before any message is built (values from the
 * iWmo/iJw 3.2 code lists, see docs/csv.md). Two lists differ per standard: ProductCategorie
 * (WMO020 / JZ020) and RedenBeeindiging (WMO588 / JZ588).
 */
final class Codelijsten {

    /** COD046 */
    static final Set<String> GESLACHT = Set.of("0", "1", "2");
    /** COD467 as CS058 allows it: eerste aanlevering or verwijderen */
    static final Set<String> STATUS = Set.of("1", "3");
    /** WJ756 */
    static final Set<String> EENHEID = Set.of("01", "04", "14", "16", "82", "83", "84");
    /** WMO757 */
    static final Set<String> FREQUENTIE = Set.of("1", "2", "4", "6");
    /** COD327 */
    static final Set<String> VERWIJZER = Set.of("01", "02", "03", "04", "05", "06", "08");
    /** COD260 */
    static final Set<String> JA_NEE = Set.of("1", "2");
    /** COD043 */
    static final Set<String> DEBET_CREDIT = Set.of("D", "C");

    static final String PRODUCTCATEGORIE = "productcategorie";
    static final String REDEN_BEEINDIGING = "redenbeeindiging";

    private static final Set<String> CATEGORIE_WMO = range(1, 18);
    private static final Set<String> CATEGORIE_JW = union(range(31, 38), range(40, 55));
    private static final Set<String> REDEN_WMO =
            Set.of("02", "19", "20", "21", "22", "23", "31", "36", "37", "38", "39");
    private static final Set<String> REDEN_JW = union(Set.of("02", "20"), range(31, 39));

    private Codelijsten() {}

    /** The list of a column whose codes depend on the standard. */
    static Set<String> perStandaard(String column, Standaard standaard) {
        boolean wmo = standaard == Standaard.IWMO;
        if (PRODUCTCATEGORIE.equals(column)) {
            return wmo ? CATEGORIE_WMO : CATEGORIE_JW;
        }
        if (REDEN_BEEINDIGING.equals(column)) {
            return wmo ? REDEN_WMO : REDEN_JW;
        }
        throw new IllegalArgumentException("No standard-dependent list for " + column);
    }

    /** The allowed values in one line for an error message. */
    static String describe(Set<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }

    private static Set<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> String.format("%02d", i))
                .collect(Collectors.toSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
