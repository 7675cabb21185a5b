package nl.ketenhub.verzoek;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.retour.Answers;
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

    private final MessageLog log;
    private final VerzoekStore store;
    private final Answers answers;

    Antwoord320Handler(MessageLog log, VerzoekStore store, Answers answers) {
        this.log = log;
        this.store = store;
        this.answers = answers;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO320, BerichtType.JW320);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        BerichtType heenType = bericht.type().heenbericht().orElseThrow();
        Optional<UUID> heen = log.findDeliveredHeenbericht(heenType, bericht.header(), bericht.partner());
        if (heen.isEmpty()) {
            List<Finding> findings = List.of(Finding.policy(
                    "HUB-RETOUR",
                    "No " + heenType + " with Identificatie " + bericht.header().identificatie() + " of "
                            + bericht.header().dagtekening() + " from "
                            + bericht.header().afzender()
                            + " was delivered to " + bericht.partner(),
                    "Header"));
            return Outcome.rejected(findings, answers.rejection(bericht, findings));
        }
        log.relate(bericht.id(), heen.get());
        List<String> codes = HeaderRetourCodes.of(bericht);
        if (!codes.isEmpty()) {
            int count = store.rejectedByReceiver(heen.get());
            LOG.info(
                    "bericht {} rejects 319 {} with {}: {} answers count as never sent",
                    bericht.id(),
                    heen.get(),
                    codes,
                    count);
        }
        return Outcome.accepted(
                List.of(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD)));
    }
}
