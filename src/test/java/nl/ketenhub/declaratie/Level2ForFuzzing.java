package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;

/** The 323's and 325's translators and in-message rules, for IntakeFuzzTest (they are package-private). */
public final class Level2ForFuzzing {

    private Level2ForFuzzing() {}

    public static List<Finding> declaratie323(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return new Declaratie323Checks().check(new Declaratie323Translator(unmarshaller).translate(bericht));
    }

    public static List<Finding> antwoord325(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return Antwoord325Checks.tr342(new DeclaratieAntwoord325Translator(unmarshaller).translate(bericht));
    }
}
