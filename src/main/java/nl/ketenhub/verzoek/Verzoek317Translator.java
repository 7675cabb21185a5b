package nl.ketenhub.verzoek;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.jw317.Client;
import nl.ketenhub.xml.ijw.jw317.Root;
import nl.ketenhub.xml.ijw.jw317.Verzoek;
import org.springframework.stereotype.Component;

/** WMO317 and JW317 to the canonical {@link VerzoekOmWijziging}, through the iJw JAXB classes. */
@Component
class Verzoek317Translator {

    private final BerichtUnmarshaller unmarshaller;

    Verzoek317Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    VerzoekOmWijziging translate(InboundBericht bericht) {
        Client client = unmarshaller.unmarshalAsIjw(bericht, Root.class).getClient();
        Verzoek verzoek = client.getVerzoek();
        List<Long> ongewijzigd = verzoek.getOngewijzigdeProducten() == null
                ? List.of()
                : verzoek.getOngewijzigdeProducten().getOngewijzigdProduct().stream()
                        .map(p -> (long) p.getToewijzingNummer())
                        .toList();
        List<TeWijzigenProduct> teWijzigen = verzoek.getTeWijzigenProducten() == null
                ? List.of()
                : verzoek.getTeWijzigenProducten().getTeWijzigenProduct().stream()
                        .map(p -> new TeWijzigenProduct(
                                p.getToewijzingNummer(),
                                date(p.getGewensteIngangsdatum()),
                                date(p.getEinddatum()),
                                Translation.omvang(p.getOmvang()),
                                p.getBudget() == null ? null : p.getBudget().longValue()))
                        .toList();
        List<NieuwProduct> nieuw = verzoek.getNieuweProducten() == null
                ? List.of()
                : verzoek.getNieuweProducten().getNieuwProduct().stream()
                        .map(p -> new NieuwProduct(
                                Translation.product(p.getProduct()),
                                date(p.getGewensteIngangsdatum()),
                                date(p.getEinddatum()),
                                Translation.omvang(p.getOmvang()),
                                p.getBudget() == null ? null : p.getBudget().longValue()))
                        .toList();
        return new VerzoekOmWijziging(
                bericht.header(),
                client.getBsn(),
                verzoek.getReferentieAanbieder(),
                verzoek.getRedenVerzoek(),
                ongewijzigd,
                teWijzigen,
                nieuw);
    }
}
