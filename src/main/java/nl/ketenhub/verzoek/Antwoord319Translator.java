package nl.ketenhub.verzoek;

import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.xml.ijw.jw319.Antwoord;
import nl.ketenhub.xml.ijw.jw319.Root;
import org.springframework.stereotype.Component;

/** WMO319 and JW319 to the canonical {@link Antwoordbericht}, through the iJw JAXB classes. */
@Component
class Antwoord319Translator {

    private final BerichtUnmarshaller unmarshaller;

    Antwoord319Translator(BerichtUnmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    Antwoordbericht translate(InboundBericht bericht) {
        Antwoord antwoord = unmarshaller.unmarshalAsIjw(bericht, Root.class).getAntwoord();
        return new Antwoordbericht(
                bericht.header(),
                antwoord.getReferentieAanbieder(),
                antwoord.getVerzoekAntwoord(),
                antwoord.getRedenAfwijzingVerzoek(),
                antwoord.getWoonplaatsbeginsel() == null
                        ? null
                        : antwoord.getWoonplaatsbeginsel().getGemeente());
    }
}
