package nl.ketenhub.routing;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
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
 * The order of one consumer's messages is kept: they run one after another on its thread.
 */
class BatchingListenerContainer extends DefaultJmsMessageListenerContainer {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingListenerContainer.class);

    private final PlatformTransactionManager database;
    private final int batchSize;
    private final BatchMetrics metrics;
    private final ThreadLocal<Batch> current = new ThreadLocal<>();

    BatchingListenerContainer(
            JmsEndpoint endpoint, PlatformTransactionManager database, int batchSize, BatchMetrics metrics) {
        super(endpoint);
        this.database = database;
        this.batchSize = batchSize;
        this.metrics = metrics;
    }

    /** At most this many messages per commit. */
    int getBatchSize() {
        return batchSize;
    }

    /** The messages taken on this thread's session since its last commit, and their database transaction. */
    private static final class Batch {
        int messages;
        boolean closed;
        TransactionStatus transaction;
    }

    @Override
    protected boolean doReceiveAndExecute(
            Object invoker, Session session, MessageConsumer consumer, TransactionStatus status) throws JMSException {
        if (batchSize <= 1 || session == null || consumer == null || status != null) {
            return super.doReceiveAndExecute(invoker, session, consumer, status);
        }
        Batch batch = new Batch();
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
                    rollback(batch, session);
                } catch (JMSException | RuntimeException e) {
                    LOG.warn("rolling back a batch failed too ({}); the broker redelivers it", e.toString());
                }
            }
        }
    }

    /** After the batch's first message: only what is waiting now. */
    @Override
    protected Message receiveMessage(MessageConsumer consumer) throws JMSException {
        Batch batch = current.get();
        if (batch != null && batch.messages > 0) {
            return consumer.receiveNoWait();
        }
        return super.receiveMessage(consumer);
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
        if (message.getJMSRedelivered()) {
            batch.closed = true;
        }
    }

    @Override
    protected void rollbackOnExceptionIfNecessary(Session session, Throwable failure) throws JMSException {
        Batch batch = current.get();
        if (batch != null) {
            rollback(batch, session);
            return;
        }
        super.rollbackOnExceptionIfNecessary(session, failure);
    }

    @Override
    protected void rollbackIfNecessary(Session session) throws JMSException {
        Batch batch = current.get();
        if (batch != null) {
            rollback(batch, session);
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
            JmsUtils.rollbackIfNecessary(session);
            throw e;
        }
        JmsUtils.commitIfNecessary(session);
        metrics.committed(batch.messages);
    }

    private void rollback(Batch batch, Session session) throws JMSException {
        batch.closed = true;
        TransactionStatus transaction = batch.transaction;
        batch.transaction = null;
        if (transaction != null) {
            metrics.rolledBack();
        }
        try {
            if (transaction != null && !transaction.isCompleted()) {
                database.rollback(transaction);
            }
        } finally {
            JmsUtils.rollbackIfNecessary(session);
        }
    }
}
