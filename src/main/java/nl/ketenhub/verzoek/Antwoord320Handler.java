package nl.ketenhub.verzoek;

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
 * WMO320 / JW320 from an aanbieder: must answer a 319 the hub delivered to that aanbieder (matched on
 * the copied header). A 320 with RetourCodes rejects the 319: it counts as never sent (OP286) and
 * its request gets back its earlier state. The 320 is forwarded to the gemeente either way.
 */
@Component
class Antwoord320Handler implements BerichtHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Antwoord320Handler.class);

    private final IncomingRetour retouren;
    private final VerzoekStore store;

    Antwoord320Handler(IncomingRetour retouren, VerzoekStore store) {
        this.retouren = retouren;
        this.store = store;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO320, BerichtType.JW320);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        return retouren.handle(bericht, (heen, codes) -> {
            int count = store.rejectedByReceiver(heen);
            LOG.info(
                    "bericht {} rejects 319 {} with {}: {} answers count as never sent",
                    bericht.id(),
                    heen,
                    codes,
                    count);
        });
    }
}
