package nl.ketenhub.declaratie;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.canonical.ToewijzingVersie;

/**
 * The current version of a toewijzing as the 323 rules see it (versions the aanbieder rejected are
 * ignored, OP286).
 *
 * @param product null for a generic toewijzing
 * @param einde null when open-ended
 * @param omvang null without Omvang
 * @param budget eurocents, null without Budget
 */
record Versie(Product product, LocalDate ingang, LocalDate einde, String redenWijziging, Omvang omvang, Long budget) {

    static Versie of(ToewijzingVersie v) {
        return new Versie(
                v.getProduct(),
                v.getIngangsdatum(),
                v.getEinddatum(),
                v.getRedenWijziging(),
                v.getOmvang(),
                v.getBudget());
    }

    /** RedenWijziging 13 (or the obsolete 01) with Einddatum = Ingangsdatum: sent in error. */
    boolean isVerwijderd() {
        return ("13".equals(redenWijziging) || "01".equals(redenWijziging)) && ingang.equals(einde);
    }

    boolean isActiveIn(LocalDate begin, LocalDate eind) {
        return !ingang.isAfter(eind) && (einde == null || !einde.isBefore(begin));
    }
}
