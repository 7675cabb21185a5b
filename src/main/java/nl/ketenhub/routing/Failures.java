package nl.ketenhub.routing;

import java.util.UUID;
import nl.ketenhub.bericht.AcceptedReader;
import nl.ketenhub.bericht.DeliveryLog;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.monitoring.LogContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every failed processing or delivery attempt to the message log, so an operator sees it
 * before the broker parks the message after its last attempt.
 */
@Component("failures")
class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    static final String DELIVERY_COUNT = "JMSXDeliveryCount";
    /** Exchange property with the attempt number, for routes that drop the JMS headers (delivery). */
    static final String ATTEMPT = "ketenhubAttempt";

    private final DeliveryLog log;
    private final MessageLog messages;
    private final AcceptedReader reader;
    private final BrokerProperties broker;
    private final TransactionTemplate afterwards;

    Failures(
            DeliveryLog log,
            MessageLog messages,
            AcceptedReader reader,
            BrokerProperties broker,
            PlatformTransactionManager transactions) {
        this.log = log;
        this.messages = messages;
        this.reader = reader;
        this.broker = broker;
        this.afterwards = new TransactionTemplate(transactions);
        this.afterwards.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void attemptFailed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String id = exchange.getMessage().getHeader("ketenhubBerichtId", String.class);
        Integer attempt = exchange.getMessage().getHeader(DELIVERY_COUNT, Integer.class);
        if (attempt == null) {
            attempt = exchange.getProperty(ATTEMPT, Integer.class);
        }
        boolean last = attempt != null && attempt >= broker.maxDeliveryAttempts();
        String reason = FailureReason.of(failure);
        LOG.warn(
                "route {} attempt {} failed for bericht {}{}: {}",
                exchange.getFromRouteId(),
                attempt,
                id,
                last ? " (parked)" : "",
                reason);
        if (id != null) {
            record(UUID.fromString(id), unlogged(exchange), exchange.getFromRouteId(), reason, last);
        }
        LogContext.clear();
    }

    /**
     * Inside a transaction that goes on after the route (a pipeline batch), which this failure will
     * roll back, the attempt is written once that has happened, in a transaction of its own: written
     * now it would be rolled back with the batch, or wait for a row the batch holds.
     */
    private void record(UUID id, MessageLog.Unlogged unlogged, String route, String reason, boolean last) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(id, unlogged, route, reason, last);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                write(id, unlogged, route, reason, last);
            }
        });
    }

    /**
     * A pipeline message that intake handed over without an entry ({@link MessageLog.Unlogged}) is
     * logged first, RECEIVED, so its attempts and its parking show in the log like any other's. The
     * entry and the attempt commit together: the recovery sweep must never see the entry without the
     * attempt, which tells it the broker still holds the message ({@code MessageLog.strandedInbound}).
     */
    private void write(UUID id, MessageLog.Unlogged unlogged, String route, String reason, boolean last) {
        try {
            afterwards.executeWithoutResult(done -> {
                if (unlogged != null) {
                    messages.logUnloggedIfAbsent(id, unlogged, reader.reread(unlogged.payload()));
                }
                log.attemptFailed(id, route, reason, last);
            });
        } catch (RuntimeException e) {
            // the message stays on its queue, and is parked on ketenhub.parked after its last attempt;
            // the exception's message may quote the row, payload and all: its class only
            LOG.warn(
                    "the failed attempt of bericht {} could not be logged: {}",
                    id,
                    e.getClass().getSimpleName());
        }
    }

    private static MessageLog.Unlogged unlogged(Exchange exchange) {
        var message = exchange.getMessage();
        return MessageLog.Unlogged.of(
                message.getHeader(MessageLog.Unlogged.PARTNER, String.class),
                message.getHeader(MessageLog.Unlogged.CHANNEL, String.class),
                message.getHeader(MessageLog.Unlogged.RECEIVED_AT, Long.class),
                message.getHeader(MessageLog.Unlogged.GROUP, String.class),
                message.getBody(byte[].class));
    }
}
