package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

class BrokerConfigurationTest {

    private final BrokerProperties broker = new BrokerProperties(200_000, 10, 500, 2.0, 60_000, 0, true, 10, 5_000);

    @Test
    void thePipelinesConsumersGetMessagesSentAheadAndTheDeliveryConsumersTakeOneAtATime() {
        ConfigurationImpl configuration = configured(new PipelineProperties(4, 16, 16, 65_536));

        assertThat(setting(configuration, "ketenhub.pipeline").getDefaultConsumerWindowSize())
                .isEqualTo(65_536);
        assertThat(setting(configuration, "ketenhub.delivery").getDefaultConsumerWindowSize())
                .isZero();
        assertThat(setting(configuration, "ketenhub.pipeline")
                        .getDeadLetterAddress()
                        .toString())
                .isEqualTo(BrokerConfiguration.PARKED);
    }

    @Test
    void aWindowOfZeroMakesThePipelinesConsumersTakeOneAtATime() {
        ConfigurationImpl configuration = configured(new PipelineProperties(4, 16, 16, 0));

        assertThat(setting(configuration, "ketenhub.pipeline").getDefaultConsumerWindowSize())
                .isZero();
    }

    @Test
    void aMessageThatExpiresBeforeIntakeTakesItIsParkedNotDropped() throws Exception {
        ConfigurationImpl configuration = configured(new PipelineProperties(4, 16, 16, 65_536));
        configuration.addQueueConfiguration(
                QueueConfiguration.of(BrokerConfiguration.PARKED).setRoutingType(RoutingType.ANYCAST));
        EmbeddedActiveMQ server = started(configuration, "vm://42");
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://42");
                Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("ketenhub.0384.in"));
            producer.setTimeToLive(1);
            producer.send(session.createTextMessage("<expired/>"));
            Thread.sleep(50);

            try (MessageConsumer intake = session.createConsumer(session.createQueue("ketenhub.0384.in"))) {
                assertThat(intake.receive(500)).isNull();
            }
            try (MessageConsumer parked = session.createConsumer(session.createQueue(BrokerConfiguration.PARKED))) {
                Message message = parked.receive(5_000);
                assertThat(message).isInstanceOf(TextMessage.class);
                assertThat(((TextMessage) message).getText()).isEqualTo("<expired/>");
                assertThat(message.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("ketenhub.0384.in");
            }
        } finally {
            server.stop();
        }
    }

    /**
     * A partner's queue remembers the duplicate-detection ids of its last {@code
     * outbound-id-cache-size} sends, every other address those of its last 100,000: a forward sent
     * again after three later sends to its partner's queue (cache 3 here) is accepted, and the same
     * on the pipeline queue is dropped.
     */
    @Test
    void aPartnersQueueForgetsADuplicateIdAfterItsOwnNumberOfSends() throws Exception {
        BrokerProperties small = new BrokerProperties(200_000, 10, 500, 2.0, 60_000, 0, true, 10, 3);
        ConfigurationImpl configuration = configured(small, new PipelineProperties(4, 16, 16, 65_536));
        EmbeddedActiveMQ server = started(configuration, "vm://43");
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://43");
                Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            for (String queue : new String[] {"ketenhub.42420001.out", "ketenhub.pipeline"}) {
                MessageProducer producer = session.createProducer(session.createQueue(queue));
                for (String id : new String[] {"first", "second", "third", "fourth", "first"}) {
                    TextMessage message = session.createTextMessage(id);
                    message.setStringProperty("_AMQ_DUPL_ID", "ketenhub-out-" + id);
                    producer.send(message);
                }
            }

            assertThat(received(session, "ketenhub.42420001.out"))
                    .containsExactly("first", "second", "third", "fourth", "first");
            assertThat(received(session, "ketenhub.pipeline")).containsExactly("first", "second", "third", "fourth");
        } finally {
            server.stop();
        }
    }

    /** An in-VM broker with the hub's settings, without persistence or security, listening at this URL. */
    private static EmbeddedActiveMQ started(ConfigurationImpl configuration, String url) throws Exception {
        configuration.setPersistenceEnabled(false).setSecurityEnabled(false).addAcceptorConfiguration("invm", url);
        EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration);
        server.start();
        return server;
    }

    private static java.util.List<String> received(Session session, String queue) throws Exception {
        java.util.List<String> texts = new java.util.ArrayList<>();
        try (MessageConsumer consumer = session.createConsumer(session.createQueue(queue))) {
            for (Message message = consumer.receive(2_000); message != null; message = consumer.receive(200)) {
                texts.add(((TextMessage) message).getText());
            }
        }
        return texts;
    }

    @Test
    void everyHubAddressHasTheParkingQueueAsItsExpiryAddress() {
        ConfigurationImpl configuration = configured(new PipelineProperties(4, 16, 16, 65_536));

        for (String address : new String[] {"#", "ketenhub.#", "ketenhub.pipeline", "ketenhub.delivery"}) {
            assertThat(setting(configuration, address).getExpiryAddress().toString())
                    .as(address)
                    .isEqualTo(BrokerConfiguration.PARKED);
        }
    }

    @Test
    void theJournalIsCompactedOnlyAfterTheConfiguredNumberOfFiles() {
        BrokerProperties compactLater = new BrokerProperties(200_000, 10, 500, 2.0, 60_000, 0, true, 40, 5_000);

        assertThat(configured(broker, new PipelineProperties(4, 16, 16, 65_536)).getJournalCompactMinFiles())
                .isEqualTo(10);
        assertThat(configured(compactLater, new PipelineProperties(4, 16, 16, 65_536))
                        .getJournalCompactMinFiles())
                .isEqualTo(40);
    }

    /**
     * The recovery sweep leaves a message the pipeline failed on to the broker for this long: the
     * pauses before the 2nd to 10th attempts, 0.5 s doubling up to 60 s.
     */
    @Test
    void theRedeliverySpanIsThePausesBeforeEveryLaterAttempt() {
        assertThat(new BrokerConfiguration().redeliverySpan(broker).value())
                .isEqualTo(java.time.Duration.ofMillis(
                        500 + 1_000 + 2_000 + 4_000 + 8_000 + 16_000 + 32_000 + 60_000 + 60_000));
        assertThat(new BrokerProperties(200_000, 1, 500, 2.0, 60_000, 0, true, 10, 5_000).redeliverySpan())
                .isZero();
        // a broker that never parks may hold a message for good
        assertThat(new BrokerProperties(200_000, -1, 500, 2.0, 60_000, 0, true, 10, 5_000).redeliverySpan())
                .isGreaterThan(java.time.Duration.ofDays(365));
    }

    private ConfigurationImpl configured(PipelineProperties pipeline) {
        return configured(broker, pipeline);
    }

    private static ConfigurationImpl configured(BrokerProperties properties, PipelineProperties pipeline) {
        ConfigurationImpl configuration = new ConfigurationImpl();
        // no TCP acceptor (port 0), so the partner directory is not asked
        new BrokerConfiguration().ketenhubBroker(properties, pipeline, null).customize(configuration);
        return configuration;
    }

    private static AddressSettings setting(ConfigurationImpl configuration, String address) {
        return configuration.getAddressSettings().get(address);
    }
}
