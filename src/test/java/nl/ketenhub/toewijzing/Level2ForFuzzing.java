package nl.ketenhub.toewijzing;

import java.time.Clock;
import java.util.List;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;

/** The 301's translator and in-message rules, for IntakeFuzzTest (they are package-private). */
public final class Level2ForFuzzing {

    private Level2ForFuzzing() {}

    public static List<Finding> toewijzing301(BerichtUnmarshaller unmarshaller, InboundBericht bericht) {
        return new Toewijzing301Checks(Clock.systemUTC())
                .check(new Toewijzing301Translator(unmarshaller).translate(bericht));
    }
}
