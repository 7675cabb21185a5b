package nl.ketenhub.routing;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.component.jms.DefaultJmsMessageListenerContainer;
import org.apache.camel.component.jms.JmsEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.support.JmsUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * A transacted listener container (local JMS session, {@code CACHE_CONSUMER}) that commits up to
 * {@code batchSize} messages at once: one database transaction, which every message's work joins,
 * and then one commit of the JMS session, which takes the messages and sends what they caused.
 * Each message is still handed to the route on its own. A batch takes only what is waiting: after
 * the first message it asks the broker without waiting and commits as soon as nothing more is
 * there, so a quiet hub commits every message on its own, as before.
 *
 * <p>A failure rolls back the whole batch, database first, and the broker redelivers every message
 * of it. A redelivered message closes its batch (a message that fails again then costs the others
 * at most the one attempt), so after a failure the batch's messages are processed one per commit.
 * The broker holds the taken-back messages for its redelivery delay; a later message of the same
 * client (JMS message group; on a queue without groups, any later message) that arrives meanwhile
 * is held back behind them ({@link TakenBack}), so a failure never lets a client's next message
 * overtake an earlier one that did not fail. While any are held, every message commits alone.
 */
class BatchingListenerContainer extends DefaultJmsMessageListenerContainer {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingListenerContainer.class);

    private final PlatformTransactionManager database;
    private final int batchSize;
    private final BatchMetrics metrics;
    private final BrokerProperties broker;
    private final ThreadLocal<Batch> current = new ThreadLocal<>();
    /** Shared by the consumers: a group moves to another one when its consumer is closed (after a failed commit). */
    private final TakenBack takenBack;

    BatchingListenerContainer(
            JmsEndpoint endpoint,
            PlatformTransactionManager database,
            int batchSize,
            BatchMetrics metrics,
            BrokerProperties broker) {
        super(endpoint);
        this.database = database;
        this.batchSize = batchSize;
        this.metrics = metrics;
        this.broker = broker;
        // a message not back ten seconds after its due time was taken by another node, moved or parked
        this.takenBack = new TakenBack(broker, 10_000);
    }

    /** At most this many messages per commit. */
    int getBatchSize() {
        return batchSize;
    }

    /** The messages taken on this thread's session since its last commit, and their database transaction. */
    private static final class Batch {
        final Session session;
        final List<TakenBack.Taken> received = new ArrayList<>();
        int messages;
        boolean closed;
        TransactionStatus transaction;

        Batch(Session session) {
            this.session = session;
        }
    }

    @Override
    protected boolean doReceiveAndExecute(
            Object invoker, Session session, MessageConsumer consumer, TransactionStatus status) throws JMSException {
        if (batchSize <= 1 || session == null || consumer == null || status != null) {
            return super.doReceiveAndExecute(invoker, session, consumer, status);
        }
        Batch batch = new Batch(session);
        current.set(batch);
        try {
            boolean received = super.doReceiveAndExecute(invoker, session, consumer, null);
            while (received && !batch.closed && batch.messages < batchSize && isRunning()) {
                received = super.doReceiveAndExecute(invoker, session, consumer, null);
            }
            commit(batch, session);
            return batch.messages > 0 || received;
        } finally {
            current.remove();
            if (batch.transaction != null) {
                // the broker connection failed between messages: nothing of the batch may commit
                try {
                    rollback(batch, session, batch.received);
                } catch (JMSException | RuntimeException e) {
                    LOG.warn("rolling back a batch failed too ({}); the broker redelivers it", e.toString());
                }
            }
        }
    }

    /**
     * After the batch's first message: only what is waiting now. A message that must wait for
     * messages a rollback took back is rolled back itself (it is always a batch's first: while any
     * are held, every message commits alone) and the container sees no message.
     */
    @Override
    protected Message receiveMessage(MessageConsumer consumer) throws JMSException {
        Batch batch = current.get();
        if (batch == null) {
            return super.receiveMessage(consumer);
        }
        if (batch.messages > 0) {
            return admitted(batch, consumer.receiveNoWait());
        }
        pauseWhileUngroupedAreAway();
        return admitted(batch, super.receiveMessage(consumer));
    }

    private Message admitted(Batch batch, Message message) throws JMSException {
        if (message == null) {
            return null;
        }
        TakenBack.Taken taken = taken(message);
        TakenBack waiting = takenBack;
        if (waiting.isEmpty() || waiting.admit(taken, System.currentTimeMillis())) {
            batch.received.add(taken);
            return message;
        }
        boolean lastAttempt =
                broker.maxDeliveryAttempts() > 0 && taken.deliveryCount() >= broker.maxDeliveryAttempts() - 1;
        if (batch.messages > 0 || lastAttempt) {
            // cannot go back alone, or going back would cost its last attempt: processed now
            LOG.warn(
                    "message {} on {} is processed before messages of its client a rollback took back",
                    taken.messageId(),
                    getDestinationName());
            waiting.forget(taken.messageId());
            batch.received.add(taken);
            return message;
        }
        LOG.info(
                "message {} on {} waits for messages of its client a rollback took back (delivery {})",
                taken.messageId(),
                getDestinationName(),
                taken.deliveryCount());
        metrics.heldBack();
        JmsUtils.rollbackIfNecessary(batch.session);
        return null;
    }

    /**
     * On a queue without groups every message waits for the first one taken back: until it is due
     * again the consumer does not ask, instead of taking back one message after another.
     */
    private void pauseWhileUngroupedAreAway() {
        long pause = takenBack.untilUngroupedDue(System.currentTimeMillis());
        long until = System.currentTimeMillis() + pause;
        try {
            while (pause > 0 && isRunning()) {
                Thread.sleep(Math.min(pause, 100));
                pause = until - System.currentTimeMillis();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static TakenBack.Taken taken(Message message) throws JMSException {
        int deliveries = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        return new TakenBack.Taken(
                message.getJMSMessageID(),
                message.getStringProperty("JMSXGroupID"),
                deliveries,
                message.getJMSRedelivered());
    }

    /** The batch's database transaction starts with its first message, so an idle consumer holds no connection. */
    @Override
    protected void messageReceived(Object invoker, Session session) {
        super.messageReceived(invoker, session);
        Batch batch = current.get();
        if (batch != null && batch.transaction == null) {
            DefaultTransactionDefinition definition =
                    new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
            definition.setName("jms-batch");
            batch.transaction = database.getTransaction(definition);
        }
    }

    /** Called after each message the route handled: counted, committed with the batch. */
    @Override
    protected void commitIfNecessary(Session session, Message message) throws JMSException {
        Batch batch = current.get();
        if (batch == null) {
            super.commitIfNecessary(session, message);
            return;
        }
        if (message == null) {
            // nothing received: the batch (if any) commits once, database first
            return;
        }
        batch.messages++;
        if (message.getJMSRedelivered() || !takenBack.isEmpty()) {
            batch.closed = true;
        }
    }

    @Override
    protected void rollbackOnExceptionIfNecessary(Session session, Throwable failure) throws JMSException {
        Batch batch = current.get();
        if (batch != null) {
            // the failing message is the last one received; the others did not fail
            rollback(batch, session, batch.received.subList(0, Math.max(0, batch.received.size() - 1)));
            return;
        }
        super.rollbackOnExceptionIfNecessary(session, failure);
    }

    @Override
    protected void rollbackIfNecessary(Session session) throws JMSException {
        Batch batch = current.get();
        if (batch != null) {
            rollback(batch, session, batch.received);
            return;
        }
        super.rollbackIfNecessary(session);
    }

    /**
     * Database first, then the session: a crash between the two redelivers messages the log has
     * decided, and the pipeline sends again only what they may not have sent. A database commit
     * that fails rolls the session back, so no message is taken without its work.
     */
    private void commit(Batch batch, Session session) throws JMSException {
        batch.closed = true;
        if (batch.transaction == null) {
            return;
        }
        TransactionStatus transaction = batch.transaction;
        batch.transaction = null;
        try {
            database.commit(transaction);
        } catch (RuntimeException e) {
            metrics.rolledBack();
            takenBack.tookBack(List.copyOf(batch.received), System.currentTimeMillis());
            try {
                JmsUtils.rollbackIfNecessary(session);
            } catch (JMSException | RuntimeException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        JmsUtils.commitIfNecessary(session);
        metrics.committed(batch.messages);
    }

    /** Database first, then the session; {@code innocent}: the messages it takes back that did not fail. */
    private void rollback(Batch batch, Session session, List<TakenBack.Taken> innocent) throws JMSException {
        batch.closed = true;
        TransactionStatus transaction = batch.transaction;
        batch.transaction = null;
        if (transaction != null) {
            metrics.rolledBack();
        }
        // recorded first: the messages come back whether or not the session's rollback succeeds
        takenBack.tookBack(List.copyOf(innocent), System.currentTimeMillis());
        batch.received.clear();
        try {
            if (transaction != null && !transaction.isCompleted()) {
                database.rollback(transaction);
            }
        } finally {
            JmsUtils.rollbackIfNecessary(session);
        }
    }
}
