package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/**
 * A {@code ToegewezenProduct} of a 301.
 *
 * @param product null for a generic toewijzing
 * @param einddatum null when open-ended
 * @param redenWijziging WMO002/JZ002 code or null
 * @param omvang null when absent
 * @param budget eurocents, null when absent
 */
public record ToegewezenProduct(
        long toewijzingNummer,
        String referentieAanbieder,
        Product product,
        LocalDate toewijzingsdatum,
        LocalTime toewijzingstijd,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        String redenWijziging,
        Omvang omvang,
        Long budget,
        String commentaar) {

    /** RedenWijziging 13 (or the obsolete 01) with Einddatum = Ingangsdatum: sent in error. */
    public boolean isVerwijderd() {
        return ("13".equals(redenWijziging) || "01".equals(redenWijziging))
                && einddatum != null
                && einddatum.equals(ingangsdatum);
    }
}
