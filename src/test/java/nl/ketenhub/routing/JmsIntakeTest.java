package nl.ketenhub.routing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * JMS intake tells the intake whether the broker hands a message over again: a first delivery is
 * logged with the batch's commit, anything else (a redelivery, a broker that does not say) with a
 * look-up of its id first.
 */
class JmsIntakeTest {

    private static final byte[] PAYLOAD = "<Bericht/>".getBytes(StandardCharsets.UTF_8);

    private final IntakeService intake = mock(IntakeService.class);
    private final PartnerDirectory partners = mock(PartnerDirectory.class);
    private final Partner gemeente = mock(Partner.class);
    private final JmsIntake jmsIntake = new JmsIntake(intake, partners, mock(Refusals.class));

    JmsIntakeTest() {
        when(partners.require("0384")).thenReturn(gemeente);
        when(intake.receiveOnce(any(), any(), any(), any(), anyBoolean()))
                .thenReturn(new IntakeResult(UUID.randomUUID(), true, null, List.of()));
    }

    @Test
    void aFirstDeliveryIsLoggedAtCommit() {
        jmsIntake.receive(exchange(Boolean.FALSE));

        verify(intake).receiveOnce(gemeente, Channel.JMS, PAYLOAD, "ID:1", false);
    }

    @Test
    void aRedeliveryIsLookedUpFirst() {
        jmsIntake.receive(exchange(Boolean.TRUE));

        verify(intake).receiveOnce(gemeente, Channel.JMS, PAYLOAD, "ID:1", true);
    }

    @Test
    void aMessageWithoutTheRedeliveredFlagIsLookedUpFirst() {
        jmsIntake.receive(exchange(null));

        verify(intake).receiveOnce(gemeente, Channel.JMS, PAYLOAD, "ID:1", true);
        verify(intake, never()).receiveOnce(any(), any(), any(), any(), eq(false));
    }

    private static Exchange exchange(Boolean redelivered) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(PAYLOAD);
        exchange.getMessage().setHeader("ketenhubPartner", "0384");
        exchange.getMessage().setHeader("JMSMessageID", "ID:1");
        if (redelivered != null) {
            exchange.getMessage().setHeader("JMSRedelivered", redelivered);
        }
        return exchange;
    }
}
