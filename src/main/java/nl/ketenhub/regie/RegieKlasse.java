package nl.ketenhub.regie;

import java.time.LocalDate;
import nl.ketenhub.canonical.Product;

/**
 * A {@code StartProduct} (305) or {@code StopProduct} (307): the berichtklasse the regie rules
 * judge one by one.
 */
public sealed interface RegieKlasse permits StartProduct, StopProduct {

    /** COD467 values the standard allows in 305/307 (CS058). */
    String EERSTE_AANLEVERING = "1";

    String VERWIJDEREN = "3";

    /** Null for taakgericht care (IV096). */
    Long toewijzingNummer();

    /** Null for a generic toewijzing. */
    Product product();

    LocalDate toewijzingIngangsdatum();

    LocalDate begindatum();

    String statusAanlevering();

    /** The logical key of the class (§2.13, IV008); equal keys mean the same class. */
    Object key();

    /** The start this class belongs to: for a start its own key, for a stop the start it stops (TR382). */
    default StartKey startKey() {
        return new StartKey(toegewezenProduct(), begindatum());
    }

    /** What is started and stopped: the toewijzing (number and product), or the product alone (taakgericht). */
    default ToegewezenProductRef toegewezenProduct() {
        return new ToegewezenProductRef(toewijzingNummer(), product());
    }

    default boolean isAanlevering() {
        return EERSTE_AANLEVERING.equals(statusAanlevering());
    }

    default boolean isVerwijdering() {
        return VERWIJDEREN.equals(statusAanlevering());
    }

    /** The toegewezen product that starts and stops deliveries. */
    record ToegewezenProductRef(Long toewijzingNummer, Product product) {

        @Override
        public String toString() {
            String nummer =
                    toewijzingNummer == null ? "without ToewijzingNummer" : "ToewijzingNummer " + toewijzingNummer;
            return product == null
                    ? nummer
                    : nummer + " (product " + product.categorie() + (product.code() == null ? "" : "/" + product.code())
                            + ")";
        }
    }

    /** The logical key of a start: ToewijzingNummer, Product, Begindatum. */
    record StartKey(ToegewezenProductRef toegewezenProduct, LocalDate begindatum) {

        @Override
        public String toString() {
            return "start of " + toegewezenProduct + " on " + begindatum;
        }
    }
}
