package nl.ketenhub.regie;

import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;

/**
 * WMO306/JW306 and WMO308/JW308 that a gemeente back office sends although the hub already
 * answered the 305/307 in its name (decisions §1): recorded in the message log, linked to the
 * heenbericht when the hub delivered it to that gemeente, and not forwarded. The regie state does
 * not change: the hub's own answer is the one the aanbieder got.
 */
@Component
class Regie306308Handler implements BerichtHandler {

    private final MessageLog log;

    Regie306308Handler(MessageLog log) {
        this.log = log;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO306, BerichtType.JW306, BerichtType.WMO308, BerichtType.JW308);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        BerichtType heenType = bericht.type().heenbericht().orElseThrow();
        return Outcome.accepted(List.of())
                .answering(log.findDeliveredHeenbericht(heenType, bericht.header(), bericht.partner())
                        .orElse(null));
    }
}
