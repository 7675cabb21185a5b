package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.BerichtHeader;

/**
 * A 317 (WMO317 or JW317) in the hub's canonical form: the complete desired situation of the
 * client at this aanbieder.
 *
 * @param ongewijzigd the ToewijzingNummers of the OngewijzigdProducten, in message order
 */
record VerzoekOmWijziging(
        BerichtHeader header,
        String bsn,
        String referentieAanbieder,
        String redenVerzoek,
        List<Long> ongewijzigd,
        List<TeWijzigenProduct> teWijzigen,
        List<NieuwProduct> nieuw)
        implements Verzoekbericht {

    static final String VERZOEK = "Client/Verzoek";

    VerzoekOmWijziging {
        ongewijzigd = List.copyOf(ongewijzigd);
        teWijzigen = List.copyOf(teWijzigen);
        nieuw = List.copyOf(nieuw);
    }

    static String ongewijzigdPath(int index) {
        return VERZOEK + "/OngewijzigdeProducten/OngewijzigdProduct[" + (index + 1) + "]";
    }

    static String teWijzigenPath(int index) {
        return VERZOEK + "/TeWijzigenProducten/TeWijzigenProduct[" + (index + 1) + "]";
    }

    static String nieuwPath(int index) {
        return VERZOEK + "/NieuweProducten/NieuwProduct[" + (index + 1) + "]";
    }

    /** The TeWijzigenProducten first, then the NieuweProducten. */
    @Override
    public List<ProductRegel> regels() {
        List<ProductRegel> regels = new ArrayList<>();
        for (int i = 0; i < teWijzigen.size(); i++) {
            TeWijzigenProduct p = teWijzigen.get(i);
            regels.add(new ProductRegel(
                    teWijzigenPath(i),
                    "TeWijzigenProduct " + p.toewijzingNummer(),
                    false,
                    null,
                    p.gewensteIngangsdatum(),
                    p.einddatum(),
                    p.omvang(),
                    p.budget()));
        }
        for (int i = 0; i < nieuw.size(); i++) {
            NieuwProduct p = nieuw.get(i);
            regels.add(new ProductRegel(
                    nieuwPath(i),
                    "NieuwProduct " + (i + 1),
                    true,
                    p.product(),
                    p.gewensteIngangsdatum(),
                    p.einddatum(),
                    p.omvang(),
                    p.budget()));
        }
        return regels;
    }
}
