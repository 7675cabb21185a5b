package nl.ketenhub.verzoek;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/**
 * One requested product line of a 315 or 317, as the product, Omvang and Budget rules see it: an
 * {@code AangevraagdProduct} (315), a {@code TeWijzigenProduct} or a {@code NieuwProduct} (317).
 *
 * @param path the class in error, for {@link nl.ketenhub.bericht.Finding#path()}
 * @param naam the class for messages, e.g. "AangevraagdProduct 2"
 * @param heeftProductElement false for a TeWijzigenProduct, which names no Product (its toewijzing does)
 * @param product null when absent
 * @param begin ToewijzingIngangsdatum (315) or GewensteIngangsdatum (317)
 * @param eind ToewijzingEinddatum (315) or Einddatum (317); null when open-ended
 * @param omvang null when absent
 * @param budget eurocents, null when absent
 */
record ProductRegel(
        String path,
        String naam,
        boolean heeftProductElement,
        Product product,
        LocalDate begin,
        LocalDate eind,
        Omvang omvang,
        Long budget) {

    /** CD095/CD096/CS338/CS343 apply to lines with an end after 2020-12-31 or without one. */
    static final LocalDate LAST_DAY_OF_2020 = LocalDate.of(2020, 12, 31);

    boolean hasCode() {
        return product != null && product.code() != null;
    }

    boolean runsAfter2020() {
        return eind == null || eind.isAfter(LAST_DAY_OF_2020);
    }

    String eenheid() {
        return omvang == null ? null : omvang.eenheid();
    }

    String frequentie() {
        return omvang == null ? null : omvang.frequentie();
    }
}
