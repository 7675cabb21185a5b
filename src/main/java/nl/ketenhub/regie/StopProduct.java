package nl.ketenhub.regie;

import java.time.LocalDate;
import nl.ketenhub.canonical.Product;

/**
 * A {@code StopProduct} of a 307. Its Begindatum is that of the start it stops (TR382).
 *
 * @param redenBeeindiging WMO588 / JZ588; 20 is a temporary stop
 * @param einddatum the day delivery actually stopped
 */
public record StopProduct(
        Long toewijzingNummer,
        Product product,
        LocalDate toewijzingIngangsdatum,
        LocalDate begindatum,
        String redenBeeindiging,
        LocalDate einddatum,
        String statusAanlevering)
        implements RegieKlasse {

    /** RedenBeeindiging 20: delivery stops for a while and is expected to start again. */
    public static final String TIJDELIJK = "20";

    /** The logical key per IV008: the start's key plus RedenBeeindiging and Einddatum. */
    public record StopKey(StartKey start, String redenBeeindiging, LocalDate einddatum) {}

    @Override
    public StopKey key() {
        return new StopKey(startKey(), redenBeeindiging, einddatum);
    }

    public boolean isTijdelijk() {
        return TIJDELIJK.equals(redenBeeindiging);
    }
}
