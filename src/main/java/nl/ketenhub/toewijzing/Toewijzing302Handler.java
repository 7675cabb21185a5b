package nl.ketenhub.toewijzing;

import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.retour.IncomingRetour;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WMO302 / JW302 from an aanbieder, answering a 301 the hub delivered. A 302 with RetourCodes
 * rejects the 301: its toewijzing versions count as never sent (OP286). Forwarded to the gemeente.
 */
@Component
class Toewijzing302Handler implements BerichtHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Toewijzing302Handler.class);

    private final IncomingRetour retouren;
    private final ToewijzingStore store;

    Toewijzing302Handler(IncomingRetour retouren, ToewijzingStore store) {
        this.retouren = retouren;
        this.store = store;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO302, BerichtType.JW302);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        return retouren.handle(bericht, (heen, codes) -> {
            int versions = store.rejectedByReceiver(heen);
            LOG.info(
                    "bericht {} rejects 301 {} with {}: {} toewijzing versions count as never sent",
                    bericht.id(),
                    heen,
                    codes,
                    versions);
        });
    }
}
