package nl.ketenhub.verzoek;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/**
 * The current version of a toewijzing of the client at the aanbieder, as the 317 rules need it.
 *
 * @param product null for a generic toewijzing
 * @param einddatum null when open-ended
 * @param redenWijziging WMO002/JZ002 or null
 */
record HuidigeToewijzing(
        long nummer,
        Product product,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        String redenWijziging,
        Omvang omvang,
        Long budget) {

    /** Sent in error: Einddatum = Ingangsdatum with RedenWijziging 13 (or the obsolete 01). */
    boolean isVerwijderd() {
        return ("13".equals(redenWijziging) || "01".equals(redenWijziging))
                && einddatum != null
                && einddatum.equals(ingangsdatum);
    }

    /**
     * "Actueel" as TR349 defines it (domain reference §1.5 and §8 item 12): not deleted, and valid on
     * or after the given day (Einddatum empty or not before it; a future Ingangsdatum is covered).
     */
    boolean isActueelOp(LocalDate dag) {
        return !isVerwijderd() && (einddatum == null || !einddatum.isBefore(dag));
    }
}
