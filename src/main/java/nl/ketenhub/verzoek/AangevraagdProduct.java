package nl.ketenhub.verzoek;

import java.time.LocalDate;
import nl.ketenhub.canonical.Omvang;
import nl.ketenhub.canonical.Product;

/**
 * An {@code AangevraagdProduct} of a 315.
 *
 * @param beschikkingNummer null when absent
 * @param product null when absent
 * @param toewijzingEinddatum null when open-ended
 * @param omvang null when absent
 * @param budget eurocents, null when absent
 * @param raamcontract COD260 (1 ja, 2 nee) or null
 */
record AangevraagdProduct(
        String referentieAanbieder,
        Long beschikkingNummer,
        Product product,
        LocalDate beschikkingIngangsdatum,
        LocalDate toewijzingIngangsdatum,
        LocalDate toewijzingEinddatum,
        Omvang omvang,
        Long budget,
        Verwijzer verwijzer,
        String raamcontract) {}
