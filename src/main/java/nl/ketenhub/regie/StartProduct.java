package nl.ketenhub.regie;

import java.time.LocalDate;
import nl.ketenhub.canonical.Product;

/**
 * A {@code StartProduct} of a 305.
 *
 * @param toewijzingNummer null for taakgericht care
 * @param product null for a generic toewijzing
 * @param begindatum the day delivery actually started
 * @param statusAanlevering COD467: 1 eerste aanlevering, 3 verwijderen
 */
public record StartProduct(
        Long toewijzingNummer,
        Product product,
        LocalDate toewijzingIngangsdatum,
        LocalDate begindatum,
        String statusAanlevering)
        implements RegieKlasse {

    @Override
    public StartKey key() {
        return startKey();
    }
}
