package nl.ketenhub.verzoek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Product;

/** Small helpers the 315/317 rules share. */
final class Regels {

    private static final Set<String> ZONDER_PER_DAG = Set.of("14", "16", "83", "84");
    private static final Set<String> NIET_PER_DAG = Set.of("2", "4", "6");
    private static final Set<String> WMO_STAPELBAAR = Set.of("11", "12", "13", "14");

    private Regels() {}

    /** One content finding for every product line that shows the fault. */
    static List<Finding> perRegel(
            List<ProductRegel> regels,
            String rule,
            Predicate<ProductRegel> fault,
            Function<ProductRegel, String> message) {
        List<Finding> findings = new ArrayList<>();
        for (ProductRegel regel : regels) {
            if (fault.test(regel)) {
                findings.add(Finding.content(rule, message.apply(regel), regel.path()));
            }
        }
        return findings;
    }

    /** CS338/CS343: Eenheid 14, 16, 83 or 84 needs Frequentie 2, 4 or 6 (lines running after 2020). */
    static boolean eenheidPerDag(ProductRegel regel) {
        return regel.omvang() != null
                && ZONDER_PER_DAG.contains(String.valueOf(regel.eenheid()))
                && !NIET_PER_DAG.contains(String.valueOf(regel.frequentie()))
                && regel.runsAfter2020();
    }

    /** CD095/CD096: an Omvang without a Product/Code, on lines that name their product. */
    static boolean omvangZonderCode(ProductRegel regel) {
        return regel.heeftProductElement() && regel.omvang() != null && !regel.hasCode() && regel.runsAfter2020();
    }

    /**
     * TR302/TR361/TR386/TR410: the same product, that is the same code, or the same category when one
     * of them has no code. A line without Product is the same as anything. In iWmo, categories 11 to 14
     * may always overlap (also with a line without Product).
     */
    static boolean sameProduct(Product a, Product b, boolean iwmo) {
        if (iwmo && (stapelbaar(a) || stapelbaar(b))) {
            return false;
        }
        if (a == null || b == null) {
            return true;
        }
        return a.code() != null && b.code() != null
                ? a.code().equals(b.code())
                : Objects.equals(a.categorie(), b.categorie());
    }

    private static boolean stapelbaar(Product product) {
        return product != null && WMO_STAPELBAAR.contains(product.categorie());
    }

    /** Inclusive periods; a null end is open-ended. */
    static boolean overlap(LocalDate beginA, LocalDate endA, LocalDate beginB, LocalDate endB) {
        return !beginA.isAfter(end(endB)) && !beginB.isAfter(end(endA));
    }

    private static LocalDate end(LocalDate end) {
        return end == null ? LocalDate.MAX : end;
    }
}
