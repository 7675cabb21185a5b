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
import org.junit.jupiter.api.Test;

/**
 * Fault (a) of issue #4: kill -9 of the hub in the middle of a load, restart, drain. Every message
 * must come out exactly once, and be applied exactly once. The default suite sends 400 messages;
 * {@code -Dketenhub.faults.messages=10000} runs the long variant.
 */
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

        try (Connection connection = new ActiveMQConnectionFactory(hub.brokerUrl()).createConnection()) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue("ketenhub.0384.in"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            for (int i = 0; i < MESSAGES; i++) {
                producer.send(session.createTextMessage(message(template, i)));
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
        drain(received, MESSAGES, Duration.ofMinutes(10));

        int lost = MESSAGES - received.size();
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
        try (Connection connection = new ActiveMQConnectionFactory(hub.brokerUrl()).createConnection()) {
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

    /** The JW301 sample as a new toewijzing: own Identificatie, own ToewijzingNummer, one of 200 clients. */
    private String message(String template, int i) {
        String xml = template.replaceFirst(
                        "<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>K" + run.substring(0, 4) + i + "<")
                .replace("999900006", bsn(i % 200))
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "")
                .replace(">300201<", ">" + (500_000_000 + i * 2) + "<")
                .replace(">300202<", ">" + (500_000_001 + i * 2) + "<");
        return xml;
    }

    private static String identificatie(String xml) {
        int start = xml.indexOf("<ijw:Identificatie>") + "<ijw:Identificatie>".length();
        return xml.substring(start, xml.indexOf('<', start));
    }

    /** The n-th test BSN of the 9999xxxxx range that passes the 11-proef. */
    private static String bsn(int n) {
        int found = -1;
        for (long candidate = 99990000L; ; candidate++) {
            String first8 = Long.toString(candidate);
            int sum = 0;
            for (int d = 0; d < 8; d++) {
                sum += (9 - d) * (first8.charAt(d) - '0');
            }
            if (sum % 11 < 10 && ++found == n) {
                return first8 + (sum % 11);
            }
        }
    }
}
