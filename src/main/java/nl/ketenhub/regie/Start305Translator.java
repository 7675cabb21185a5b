package nl.ketenhub.regie;

import static nl.ketenhub.bericht.BerichtUnmarshaller.date;

import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.jw305.Client;
import nl.ketenhub.xml.ijw.jw305.Root;
import org.springframework.stereotype.Component;

/**
 * WMO305 and JW305 to the canonical {@link Startbericht}, through the JAXB classes of
 * schemas/ijw/jw305.xsd (an iWmo message is bound to them by namespace).
 */
@Component
class Start305Translator {

    private final BerichtUnmarshaller unmarshaller;

    Start305Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    Startbericht translate(InboundBericht bericht) {
        Client client = unmarshaller.unmarshalAsIjw(bericht, Root.class).getClient();
        return new Startbericht(
                bericht.header(),
                client.getBsn(),
                RegieXml.geboortedatum(client.getGeboortedatum()),
                client.getStartProducten().getStartProduct().stream()
                        .map(p -> new StartProduct(
                                RegieXml.nummer(p.getToewijzingNummer()),
                                RegieXml.product(p.getProduct()),
                                date(p.getToewijzingIngangsdatum()),
                                date(p.getBegindatum()),
                                p.getStatusAanlevering()))
                        .toList());
    }
}
