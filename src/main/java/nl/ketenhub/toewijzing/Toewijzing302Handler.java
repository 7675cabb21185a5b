package nl.ketenhub.toewijzing;

import java.util.ArrayList;
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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * WMO302 / JW302 from an aanbieder: must answer a 301 the hub delivered to that aanbieder (matched on
 * the copied header: Afzender, Identificatie, Dagtekening). A 302 with RetourCodes rejects the 301:
 * its versions count as never sent (OP286). The 302 is forwarded to the gemeente either way.
 */
@Component
class Toewijzing302Handler implements BerichtHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Toewijzing302Handler.class);

    private final MessageLog log;
    private final ToewijzingStore store;
    private final Answers answers;

    Toewijzing302Handler(MessageLog log, ToewijzingStore store, Answers answers) {
        this.log = log;
        this.store = store;
        this.answers = answers;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO302, BerichtType.JW302);
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
        List<String> codes = headerRetourCodes(bericht);
        if (!codes.isEmpty()) {
            int versions = store.rejectedByReceiver(heen.get());
            LOG.info(
                    "bericht {} rejects 301 {} with {}: {} toewijzing versions count as never sent",
                    bericht.id(),
                    heen.get(),
                    codes,
                    versions);
        }
        return Outcome.accepted(
                List.of(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD)));
    }

    private static List<String> headerRetourCodes(InboundBericht bericht) {
        String ns = bericht.type().namespace();
        Element header = (Element)
                bericht.document().getElementsByTagNameNS(ns, "Header").item(0);
        List<String> codes = new ArrayList<>();
        NodeList children = header.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && "RetourCodes".equals(element.getLocalName())) {
                NodeList retourCodes = element.getElementsByTagNameNS(ns, "RetourCode");
                for (int j = 0; j < retourCodes.getLength(); j++) {
                    codes.add(retourCodes.item(j).getTextContent().trim());
                }
            }
        }
        return codes;
    }
}
