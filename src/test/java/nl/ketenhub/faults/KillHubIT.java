package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fault (a) of issue #4: kill -9 of the hub in the middle of a load, restart, drain. Every message
 * must come out exactly once, and be applied exactly once. Runs with {@code mvn -Pfaults verify}
 * (400 messages; {@code -Dketenhub.faults.messages=10000} for the long variant): it is out of the
 * default suite while an intermittent loss it found (2 of 400 forwards in one of three runs) is
 * open, see the README's reliability section.
 */
@Tag("faults")
class KillHubIT {

    private static final int MESSAGES = Integer.getInteger("ketenhub.faults.messages", 400);
    private static final Path SAMPLE =
            Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden/ijw/3.2/berichten/JW301.xml");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "fault_" + run;
    private HubProcess hub;

    @AfterEach
    void stopHub() throws Exception {
        if (hub != null) {
            hub.stop();
        }
        try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void killMinus9MidLoadLosesNothingAndDoublesNothing() throws Exception {
        hub = new HubProcess(run, schema, List.of());
        hub.start();
        String template = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        Map<String, Integer> received = new HashMap<>();

        try (Connection connection =
                HubProcess.connectAsOwner(new ActiveMQConnectionFactory(hub.brokerUrl()), "ketenhub.0384.in")) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("ketenhub.0384.in"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MESSAGES; i++) {
                producer.send(
                        session.createTextMessage(Load.toewijzing(template, "K" + run.substring(0, 4) + i, i, false)));
                if (i % 100 == 99) {
                    session.commit();
                }
            }
            session.commit();
        }
        // drain a third, then kill the hub while it is busy with the rest
        drain(received, MESSAGES / 3, Duration.ofMinutes(5));
        hub.kill();
        int beforeKill = received.size();

        hub.start();
        drain(received, MESSAGES, Duration.ofMinutes(4));

        int lost = MESSAGES - received.size();
        if (lost > 0) {
            System.out.println(diagnose(received));
        }
        int deliveredTwice = received.values().stream().mapToInt(n -> n - 1).sum();
        int appliedTwice = appliedTwice();
        System.out.printf(
                "kill -9 after %d of %d delivered: lost %d, delivered twice %d, applied twice %d%n",
                beforeKill, MESSAGES, lost, deliveredTwice, appliedTwice);
        assertThat(beforeKill).as("killed mid-load").isLessThan(MESSAGES);
        assertThat(lost).as("lost").isZero();
        assertThat(deliveredTwice).as("delivered twice").isZero();
        assertThat(appliedTwice).as("applied twice").isZero();
    }

    /** Receives from the aanbieder's queue until {@code until} distinct messages arrived; counts copies. */
    private void drain(Map<String, Integer> received, int until, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection connection =
                HubProcess.connectAsOwner(new ActiveMQConnectionFactory(hub.brokerUrl()), "ketenhub.42420001.out")) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("ketenhub.42420001.out"));
            while (received.size() < until && System.nanoTime() < deadline) {
                if (consumer.receive(500) instanceof TextMessage text) {
                    received.merge(identificatie(text.getText()), 1, Integer::sum);
                }
            }
            // copies that would arrive late
            if (received.size() >= MESSAGES) {
                while (consumer.receive(3000) instanceof TextMessage text) {
                    received.merge(identificatie(text.getText()), 1, Integer::sum);
                }
            }
        }
    }

    /** The message-log rows of the messages that never arrived, for the test report. */
    private String diagnose(Map<String, Integer> received) throws Exception {
        StringBuilder text = new StringBuilder("never delivered:\n");
        try (var db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres", "")) {
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

    /** Inbound messages whose effect is in the canonical set more than once, or logged more than once. */
    private int appliedTwice() throws Exception {
        try (var db = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres", "")) {
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

    private static String identificatie(String xml) {
        int start = xml.indexOf("<ijw:Identificatie>") + "<ijw:Identificatie>".length();
        return xml.substring(start, xml.indexOf('<', start));
    }
}
