package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;

/** The 315's, 317's and 319's translators and in-message rules, for IntakeFuzzTest (they are package-private). */
public final class Level2ForFuzzing {

    private Level2ForFuzzing() {}

    public static List<Finding> verzoek315(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return new Verzoek315Checks().content(new Verzoek315Translator(unmarshaller).translate(bericht));
    }

    public static List<Finding> verzoek317(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return new Verzoek317Checks().content(new Verzoek317Translator(unmarshaller).translate(bericht));
    }

    public static List<Finding> antwoord319(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return new Antwoord319Checks().content(new Antwoord319Translator(unmarshaller).translate(bericht));
    }
}
