package nl.ketenhub.verzoek;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WMO316/JW316 and WMO318/JW318 from a gemeente's back office. The hub already answered the 315/317
 * in the gemeente's name (decisions §1), so these are recorded (linked to the request they answer
 * when the hub delivered it) and not forwarded.
 */
@Component
class Retour316318Handler implements BerichtHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Retour316318Handler.class);

    private final MessageLog log;

    Retour316318Handler(MessageLog log) {
        this.log = log;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO316, BerichtType.JW316, BerichtType.WMO318, BerichtType.JW318);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        BerichtType heenType = bericht.type().heenbericht().orElseThrow();
        Optional<UUID> heen = log.findDeliveredHeenbericht(heenType, bericht.header(), bericht.partner());
        LOG.info(
                "bericht {} {} from the back office recorded, not forwarded (the hub answered {})",
                bericht.id(),
                bericht.type(),
                heen.map(UUID::toString).orElse("an unknown " + heenType));
        return Outcome.accepted(List.of()).answering(heen.orElse(null));
    }
}
