package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import nl.ketenhub.partner.PartnerConfigProperties;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broker security over a real TCP connection to an embedded broker secured as the hub secures it:
 * the demo partners of config/partners.yaml (their demo tokens stand in for broker passwords) and
 * the hub on an in-VM connection.
 */
class BrokerSecurityTest {

    @TempDir
    Path dir;

    private EmbeddedActiveMQ broker;
    private String tcp;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        tcp = "tcp://127.0.0.1:" + port;
        PartnerDirectory partners = new PartnerDirectory(new PartnerConfigProperties("config", true));
        Configuration configuration = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString());
        configuration.addAcceptorConfiguration("invm", "vm://4711");
        configuration.addAcceptorConfiguration("tcp", tcp);
        BrokerSecurity.apply(configuration, partners);
        broker =
                new EmbeddedActiveMQ().setConfiguration(configuration).setSecurityManager(new BrokerSecurity(partners));
        broker.start();
    }

    @AfterEach
    void stop() throws Exception {
        broker.stop();
    }

    @Test
    void aPartnerConsumesItsOwnQueueAndSendsToItsOwnIntake() throws Exception {
        sendAsHub("ketenhub.42420001.out", "for 42420001");
        try (Connection aanbieder = partner("42420001", "demo-42420001")) {
            Session session = aanbieder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            aanbieder.start();
            Message received = session.createConsumer(session.createQueue("ketenhub.42420001.out"))
                    .receive(5000);
            assertThat(((TextMessage) received).getText()).isEqualTo("for 42420001");

            send(aanbieder, "ketenhub.42420001.in", "from 42420001");
        }
        try (Connection hub = hub()) {
            hub.start();
            Session session = hub.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer intake = session.createConsumer(session.createQueue("ketenhub.42420001.in"));
            assertThat(((TextMessage) intake.receive(5000)).getText()).isEqualTo("from 42420001");
        }
    }

    @Test
    void aPartnerCannotReadAnotherPartnersQueueNorSendToItsIntake() throws Exception {
        sendAsHub("ketenhub.0384.out", "for 0384 only");
        try (Connection aanbieder = partner("42420001", "demo-42420001")) {
            Session session = aanbieder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("ketenhub.0384.out")))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> session.createBrowser(session.createQueue("ketenhub.0384.out"))
                            .getEnumeration())
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> send(aanbieder, "ketenhub.0384.in", "as if from 0384"))
                    .isInstanceOf(JMSSecurityException.class);
            // its own queues the other way round, and the hub's work queues
            assertThatThrownBy(() -> send(aanbieder, "ketenhub.42420001.out", "to itself"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> session.createConsumer(session.createQueue("ketenhub.42420001.in")))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> send(aanbieder, "ketenhub.pipeline", "straight into the pipeline"))
                    .isInstanceOf(JMSSecurityException.class);
        }
        // nothing got through: the message for 0384 is still there, its intake is empty
        try (Connection hub = hub()) {
            hub.start();
            Session session = hub.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThat(((TextMessage) session.createConsumer(session.createQueue("ketenhub.0384.out"))
                                    .receive(5000))
                            .getText())
                    .isEqualTo("for 0384 only");
            assertThat(session.createConsumer(session.createQueue("ketenhub.0384.in"))
                            .receive(300))
                    .isNull();
        }
    }

    @Test
    void noLoginWithoutTheRightPasswordNorForAPartnerWithoutJms() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tcp);
        assertThatThrownBy(() -> factory.createConnection().close()).isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(
                        () -> factory.createConnection("42420001", "demo-0384").close())
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() ->
                        factory.createConnection("12345678", "demo-12345678").close())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aStrangersFailedLoginAndTheHubsLoginDoNotDecideEachOther() throws Exception {
        ActiveMQConnectionFactory stranger = new ActiveMQConnectionFactory(tcp);
        assertThatThrownBy(() -> stranger.createConnection().close()).isInstanceOf(JMSSecurityException.class);
        sendAsHub("ketenhub.pipeline", "the hub, right after a stranger failed");
        assertThatThrownBy(() -> stranger.createConnection().close()).isInstanceOf(JMSSecurityException.class);
    }

    private Connection hub() throws Exception {
        return new ActiveMQConnectionFactory("vm://4711").createConnection();
    }

    private void sendAsHub(String queue, String text) throws Exception {
        try (Connection hub = hub()) {
            send(hub, queue, text);
        }
    }

    private Connection partner(String user, String password) throws Exception {
        return new ActiveMQConnectionFactory(tcp).createConnection(user, password);
    }

    private static void send(Connection connection, String queue, String text) throws Exception {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            session.createProducer(session.createQueue(queue)).send(session.createTextMessage(text));
        }
    }
}
