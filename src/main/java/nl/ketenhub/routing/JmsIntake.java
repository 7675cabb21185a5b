package nl.ketenhub.routing;

import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * A partner's intake queue ({@code ketenhub.<code>.in}). A refused message is logged and answered
 * with the hub's rejection document on the partner's delivery channel; it is not redelivered.
 */
@Component("jmsIntake")
class JmsIntake {

    private final IntakeService intake;
    private final PartnerDirectory partners;
    private final Refusals refusals;

    JmsIntake(IntakeService intake, PartnerDirectory partners, Refusals refusals) {
        this.intake = intake;
        this.partners = partners;
        this.refusals = refusals;
    }

    public void receive(Exchange exchange) {
        Partner partner = partners.require(exchange.getMessage().getHeader("ketenhubPartner", String.class));
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        // the JMS message id survives a redelivery after a crash: the message is logged once
        String messageId = exchange.getMessage().getHeader("JMSMessageID", String.class);
        boolean redelivered = !Boolean.FALSE.equals(exchange.getMessage().getHeader("JMSRedelivered", Boolean.class));
        IntakeResult result = messageId == null
                ? intake.receive(partner, Channel.JMS, payload)
                : intake.receiveOnce(partner, Channel.JMS, payload, messageId, redelivered);
        if (!result.accepted()) {
            refusals.answer(partner, result);
        }
    }
}
