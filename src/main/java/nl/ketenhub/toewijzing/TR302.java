package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Product;

/**
 * TR302: the same product occurs more than once in a 301 only with periods that do not overlap.
 * Two products are the same when their codes are equal, or, when one of them has no code, their
 * categories are equal. A generic toewijzing (no Product) may not overlap with anything. In iWmo,
 * categories 11 to 14 may always overlap. Deleted toewijzingen (RedenWijziging 13, or 01 with
 * Einddatum = Ingangsdatum) are left out.
 */
final class TR302 implements Toewijzing301Rule {

    private static final Set<String> WMO_STAPELBAAR = Set.of("11", "12", "13", "14");

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        boolean iwmo = bericht.header() != null && bericht.header().type().standaard() == Standaard.IWMO;
        List<Finding> findings = new ArrayList<>();
        List<ToegewezenProduct> producten = bericht.producten();
        for (int j = 1; j < producten.size(); j++) {
            ToegewezenProduct later = producten.get(j);
            if (later.isVerwijderd()) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                ToegewezenProduct earlier = producten.get(i);
                if (!earlier.isVerwijderd() && clash(earlier, later, iwmo)) {
                    findings.add(Finding.content(
                            "TR302",
                            Rules301.describe(later) + " overlaps in period with the same product in "
                                    + Rules301.describe(earlier),
                            Toewijzingbericht.productPath(j)));
                    break;
                }
            }
        }
        return findings;
    }

    private static boolean clash(ToegewezenProduct a, ToegewezenProduct b, boolean iwmo) {
        return overlap(a, b) && sameProduct(a.product(), b.product(), iwmo);
    }

    static boolean sameProduct(Product a, Product b, boolean iwmo) {
        if (a == null || b == null) {
            return true;
        }
        boolean same = a.code() != null && b.code() != null
                ? a.code().equals(b.code())
                : Objects.equals(a.categorie(), b.categorie());
        return same && !(iwmo && WMO_STAPELBAAR.contains(String.valueOf(a.categorie())));
    }

    /** Periods are inclusive; no Einddatum means open-ended. */
    static boolean overlap(ToegewezenProduct a, ToegewezenProduct b) {
        return !a.ingangsdatum().isAfter(end(b)) && !b.ingangsdatum().isAfter(end(a));
    }

    private static LocalDate end(ToegewezenProduct p) {
        return p.einddatum() == null ? LocalDate.MAX : p.einddatum();
    }
}
