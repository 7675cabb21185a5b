package nl.ketenhub.retour;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A retour from the receiver of a heenbericht the hub delivered (302 to a 301, 320 to a 319): it
 * must answer a message the hub delivered to that partner (matched on the copied header: Afzender,
 * Identificatie, Dagtekening), is linked to it in the message log and forwarded to its sender. A
 * retour with RetourCodes rejects the heenbericht, which then counts as never sent (OP286): the
 * family's state effect is undone by the given callback.
 */
@Component
public class IncomingRetour {

    private final MessageLog log;
    private final Answers answers;

    IncomingRetour(MessageLog log, Answers answers) {
        this.log = log;
        this.answers = answers;
    }

    /**
     * @param rejectedByReceiver called with the heenbericht's message-log id and the header's codes
     *     when the retour rejects it
     */
    public Outcome handle(InboundBericht retour, BiConsumer<UUID, List<String>> rejectedByReceiver) {
        BerichtType heenType = retour.type().heenbericht().orElseThrow();
        Optional<UUID> heen = log.findDeliveredHeenbericht(heenType, retour.header(), retour.partner());
        if (heen.isEmpty()) {
            List<Finding> findings = List.of(Finding.policy(
                    "HUB-RETOUR",
                    "No " + heenType + " with Identificatie " + retour.header().identificatie() + " of "
                            + retour.header().dagtekening() + " from "
                            + retour.header().afzender()
                            + " was delivered to " + retour.partner(),
                    "Header"));
            return Outcome.rejected(findings, answers.rejection(retour, findings));
        }
        List<String> codes = headerRetourCodes(retour);
        if (!codes.isEmpty()) {
            rejectedByReceiver.accept(heen.get(), codes);
        }
        return Outcome.accepted(List.of(
                        new Outbound(retour.receiver(), retour.type(), retour.payload(), Outbound.Kind.FORWARD)))
                .answering(heen.get());
    }

    /** The RetourCodes in the Header of a retour; empty when the retour approves its heenbericht. */
    static List<String> headerRetourCodes(InboundBericht retour) {
        String ns = retour.type().namespace();
        Element header =
                (Element) retour.document().getElementsByTagNameNS(ns, "Header").item(0);
        List<String> codes = new ArrayList<>();
        for (Node node = header.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "RetourCodes".equals(element.getLocalName())) {
                NodeList retourCodes = element.getElementsByTagNameNS(ns, "RetourCode");
                for (int i = 0; i < retourCodes.getLength(); i++) {
                    codes.add(retourCodes.item(i).getTextContent().trim());
                }
            }
        }
        return codes;
    }
}
