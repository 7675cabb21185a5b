package nl.ketenhub.routing;

import java.util.UUID;
import nl.ketenhub.bericht.DeliveryQueue;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.retour.AfwijzingBuilder;
import org.springframework.stereotype.Component;

/** Answers a message refused at intake with the hub's rejection document on the sender's channel. */
@Component
class Refusals {

    private final AfwijzingBuilder afwijzingen;
    private final MessageLog log;
    private final DeliveryQueue deliveries;

    Refusals(AfwijzingBuilder afwijzingen, MessageLog log, DeliveryQueue deliveries) {
        this.afwijzingen = afwijzingen;
        this.log = log;
        this.deliveries = deliveries;
    }

    void answer(Partner sender, IntakeResult result) {
        byte[] document = afwijzingen.build(result.id().toString(), result.header(), result.findings());
        UUID id = log.logOutbound(result.id(), new Outbound(sender.code(), null, document, Outbound.Kind.AFWIJZING));
        deliveries.enqueue(id);
    }
}
