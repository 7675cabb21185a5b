package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The load of one fault test and what came out of it: {@code messages} generated 301s from gemeente
 * 0384 (JMS intake) for aanbieder 42420001, and every copy the aanbieder received, counted per
 * Identificatie. The report compares that with the message log: lost, delivered twice, applied
 * twice.
 */
final class FaultLoad {

    private static final Path SAMPLE =
            Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden/ijw/3.2/berichten/JW301.xml");

    private final String prefix;
    private final int messages;
    private final int stride;
    private final String template;
    private final Map<String, Integer> received = new ConcurrentHashMap<>();

    /** Message i is about client i modulo {@link Load#CLIENTS} (a load spread over many clients). */
    FaultLoad(String run, int messages) throws IOException {
        this(run, messages, 1);
    }

    /** Message i is Load's message i * stride: with stride {@link Load#CLIENTS}, all about one client. */
    FaultLoad(String run, int messages, int stride) throws IOException {
        this.prefix = "K" + run.substring(0, 4);
        this.messages = messages;
        this.stride = stride;
        this.template = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    }

    int messages() {
        return messages;
    }

    String identificatie(int n) {
        return prefix + n;
    }

    String message(int n) {
        return Load.toewijzing(template, identificatie(n), n * stride, false);
    }

    /** Sends every message to the gemeente's intake queue, committed per hundred. */
    void send(String brokerUrl) throws JMSException {
        send(brokerUrl, 0, messages);
    }

    /** Sends messages {@code from} (inclusive) to {@code to} (exclusive). */
    void send(String brokerUrl, int from, int to) throws JMSException {
        try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("ketenhub.0384.in"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int n = from; n < to; n++) {
                producer.send(session.createTextMessage(message(n)));
                if (n % 100 == 99) {
                    session.commit();
                }
            }
            session.commit();
        }
    }

    interface Fault {
        void strike() throws Exception;
    }

    /**
     * Sends the whole load, drains a third from the aanbieder's queue, strikes with the fault while
     * the hub is busy with the rest, drains the rest; returns how many had arrived before the fault.
     */
    int sendAndDrainAround(String brokerUrl, Fault fault) throws Exception {
        send(brokerUrl);
        drain(brokerUrl, messages / 3, Duration.ofMinutes(10));
        int before = distinct();
        fault.strike();
        drain(brokerUrl, messages, Duration.ofMinutes(10));
        return before;
    }

    /** A copy that reached the aanbieder (any channel). */
    void record(String xml) {
        received.merge(identificatieOf(xml), 1, Integer::sum);
    }

    int distinct() {
        return received.size();
    }

    int copiesOf(int n) {
        return received.getOrDefault(identificatie(n), 0);
    }

    /**
     * Receives from the aanbieder's queue until {@code until} distinct messages arrived, reconnecting
     * when the broker goes away; once all arrived, waits a few seconds more for late copies.
     */
    void drain(String brokerUrl, int until, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < until && System.nanoTime() < deadline) {
            try (Connection connection = new ActiveMQConnectionFactory(brokerUrl).createConnection()) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("ketenhub.42420001.out"));
                while (received.size() < until && System.nanoTime() < deadline) {
                    if (consumer.receive(500) instanceof TextMessage text) {
                        record(text.getText());
                    }
                }
                if (received.size() >= messages) {
                    while (consumer.receive(3000) instanceof TextMessage text) {
                        record(text.getText());
                    }
                }
            } catch (JMSException brokerAway) {
                Thread.sleep(1000);
            }
        }
    }

    /** Counts and prints the outcome against the message log in the given database (URL with schema). */
    Report report(String label, String jdbcUrl) throws SQLException {
        int lost = messages - received.size();
        int deliveredTwice = received.values().stream().mapToInt(n -> n - 1).sum();
        int appliedTwice = appliedTwice(jdbcUrl);
        Report report = new Report(messages, lost, deliveredTwice, appliedTwice);
        if (lost > 0) {
            System.out.println(diagnose(jdbcUrl));
        }
        System.out.printf(
                "%s: sent %d, lost %d, applied twice %d, delivered twice %d%n",
                label, messages, lost, appliedTwice, deliveredTwice);
        return report;
    }

    record Report(int sent, int lost, int deliveredTwice, int appliedTwice) {

        void assertExactlyOnce() {
            assertThat(lost).as("lost").isZero();
            assertThat(deliveredTwice).as("delivered twice").isZero();
            assertThat(appliedTwice).as("applied twice").isZero();
        }
    }

    /** Inbound messages whose effect is in the canonical set more than once, or logged more than once. */
    private static int appliedTwice(String jdbcUrl) throws SQLException {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            ResultSet versions = db.createStatement()
                    .executeQuery("select count(*) - count(distinct toewijzing_id) from toewijzing_versie");
            versions.next();
            ResultSet inbound = db.createStatement()
                    .executeQuery(
                            "select count(*) - count(distinct identificatie) from bericht where direction = 'IN'");
            inbound.next();
            return versions.getInt(1) + inbound.getInt(1);
        }
    }

    /** The message-log rows of the messages that never arrived, for the test report. */
    private String diagnose(String jdbcUrl) throws SQLException {
        StringBuilder text = new StringBuilder("never delivered:\n");
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            ResultSet rows = db.createStatement()
                    .executeQuery(
                            """
                            select i.identificatie, i.status, i.received_at, o.id, o.status, o.updated_at,
                                   (select count(*) from aflevering a where a.bericht_id = o.id)
                            from bericht i left join bericht o on o.related_id = i.id
                            where i.direction = 'IN' order by i.received_at
                            """);
            while (rows.next()) {
                if (!received.containsKey(rows.getString(1))) {
                    text.append(String.format(
                            "  %s IN %s %s -> OUT %s %s %s afleveringen %d%n",
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getInt(7)));
                }
            }
        }
        return text.toString();
    }

    static String identificatieOf(String xml) {
        int start = xml.indexOf("<ijw:Identificatie>") + "<ijw:Identificatie>".length();
        return xml.substring(start, xml.indexOf('<', start));
    }
}
