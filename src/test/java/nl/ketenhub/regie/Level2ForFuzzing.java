package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;

/** The 305's and 307's translators and in-message rules, for IntakeFuzzTest (they are package-private). */
public final class Level2ForFuzzing {

    private Level2ForFuzzing() {}

    public static List<Finding> start305(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return RegieChecks.check(new Start305Translator(unmarshaller).translate(bericht));
    }

    public static List<Finding> stop307(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return RegieChecks.check(new Stop307Translator(unmarshaller).translate(bericht));
    }
}
