package nl.ketenhub.verzoek;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.jw315.Client;
import nl.ketenhub.xml.ijw.jw315.Root;
import org.springframework.stereotype.Component;

/** WMO315 and JW315 to the canonical {@link VerzoekOmToewijzing}, through the iJw JAXB classes. */
@Component
class Verzoek315Translator {

    private final BerichtUnmarshaller unmarshaller;

    Verzoek315Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    VerzoekOmToewijzing translate(InboundBericht bericht) {
        Client client = unmarshaller.unmarshalAsIjw(bericht, Root.class).getClient();
        return new VerzoekOmToewijzing(
                bericht.header(),
                client.getBsn(),
                client.getGeboortedatum() == null
                        ? null
                        : date(client.getGeboortedatum().getDatum()),
                client.getGeboortedatum() == null
                        ? null
                        : client.getGeboortedatum().getDatumGebruik(),
                client.getGezagsdragerBekend(),
                client.getAangevraagdeProducten().getAangevraagdProduct().stream()
                        .map(Verzoek315Translator::product)
                        .toList());
    }

    private static AangevraagdProduct product(nl.ketenhub.xml.ijw.jw315.AangevraagdProduct p) {
        return new AangevraagdProduct(
                p.getReferentieAanbieder(),
                p.getBeschikkingNummer() == null
                        ? null
                        : p.getBeschikkingNummer().longValue(),
                Translation.product(p.getProduct()),
                date(p.getBeschikkingIngangsdatum()),
                date(p.getToewijzingIngangsdatum()),
                date(p.getToewijzingEinddatum()),
                Translation.omvang(p.getOmvang()),
                p.getBudget() == null ? null : p.getBudget().longValue(),
                p.getVerwijzer() == null
                        ? null
                        : new Verwijzer(
                                p.getVerwijzer().getType(),
                                p.getVerwijzer().getNaam(),
                                p.getVerwijzer().getZorgverlenerCode()),
                p.getRaamcontract());
    }
}
