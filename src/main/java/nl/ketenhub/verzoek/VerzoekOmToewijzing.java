package nl.ketenhub.verzoek;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;

/**
 * A 315 (WMO315 or JW315) in the hub's canonical form.
 *
 * @param geboortedatum the client's Geboortedatum/Datum
 * @param datumGebruik COD170 or null
 * @param gezagsdragerBekend iJw only (COD260), null when absent
 * @param producten the AangevraagdProducten, in message order
 */
record VerzoekOmToewijzing(
        BerichtHeader header,
        String bsn,
        LocalDate geboortedatum,
        String datumGebruik,
        String gezagsdragerBekend,
        List<AangevraagdProduct> producten)
        implements Verzoekbericht {

    VerzoekOmToewijzing {
        producten = List.copyOf(producten);
    }

    /** Path of the n-th (0-based) AangevraagdProduct. */
    static String productPath(int index) {
        return "Client/AangevraagdeProducten/AangevraagdProduct[" + (index + 1) + "]";
    }

    @Override
    public List<ProductRegel> regels() {
        List<ProductRegel> regels = new ArrayList<>();
        for (int i = 0; i < producten.size(); i++) {
            AangevraagdProduct p = producten.get(i);
            regels.add(new ProductRegel(
                    productPath(i),
                    "AangevraagdProduct " + (i + 1),
                    true,
                    p.product(),
                    p.toewijzingIngangsdatum(),
                    p.toewijzingEinddatum(),
                    p.omvang(),
                    p.budget()));
        }
        return regels;
    }
}
