package nl.ketenhub.regie;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.jw307.Client;
import nl.ketenhub.xml.ijw.jw307.Root;
import org.springframework.stereotype.Component;

/**
 * WMO307 and JW307 to the canonical {@link Stopbericht}, through the JAXB classes of
 * schemas/ijw/jw307.xsd (an iWmo message is bound to them by namespace).
 */
@Component
class Stop307Translator {

    private final BerichtUnmarshaller unmarshaller;

    Stop307Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    Stopbericht translate(InboundBericht bericht) {
        Client client = unmarshaller.unmarshalAsIjw(bericht, Root.class).getClient();
        return new Stopbericht(
                bericht.header(),
                client.getBsn(),
                RegieXml.geboortedatum(client.getGeboortedatum()),
                client.getStopProducten().getStopProduct().stream()
                        .map(p -> new StopProduct(
                                RegieXml.nummer(p.getToewijzingNummer()),
                                RegieXml.product(p.getProduct()),
                                date(p.getToewijzingIngangsdatum()),
                                date(p.getBegindatum()),
                                p.getRedenBeeindiging(),
                                date(p.getEinddatum()),
                                p.getStatusAanlevering()))
                        .toList());
    }
}
