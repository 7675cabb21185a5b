package nl.ketenhub.partner;

import java.time.LocalDate;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Uitvoeringsvariant;

/**
 * What an aanbieder may deliver for a gemeente: one product code, or with a null {@code productcode}
 * every product of the category.
 *
 * @param einddatum null when open-ended
 * @param tarief eurocents per {@code eenheid}, or null when the contract names no tariff
 * @param eenheid WJ756 code, or null
 */
public record Contract(
        String gemeente,
        String aanbieder,
        Standaard wet,
        String productcategorie,
        String productcode,
        LocalDate ingangsdatum,
        LocalDate einddatum,
        Uitvoeringsvariant uitvoeringsvariant,
        Long tarief,
        String eenheid) {

    /** Whether the contract covers this product; a null code asks for the category as a whole. */
    public boolean covers(String categorie, String code) {
        return productcategorie.equals(categorie) && (productcode == null || productcode.equals(code));
    }

    /** Whether [from, to] lies within the contract period; a null {@code to} means open-ended. */
    public boolean coversPeriod(LocalDate from, LocalDate to) {
        if (from.isBefore(ingangsdatum)) {
            return false;
        }
        return einddatum == null || (to != null && !to.isAfter(einddatum));
    }

    /** Whether the day lies within the contract period. */
    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(ingangsdatum) && (einddatum == null || !day.isAfter(einddatum));
    }
}
