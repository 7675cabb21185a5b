package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * Fault (e) of issue #4: a message that keeps failing. The aanbieder's endpoint answers 500 to one
 * message of a client; after its last attempt (3 here) the broker parks it on ketenhub.parked, the
 * message log shows it FAILED with every attempt's reason, and the client's later messages are
 * delivered meanwhile (policy continue). Once the endpoint is fixed an operator replays the parked
 * message and it is delivered once.
 */
class PoisonIT extends HttpPartnerFaults {

    private static final int MESSAGES = 10;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void poisonIsParkedWithItsReasonDoesNotBlockTheClientAndIsDeliveredOnceAfterReplay() throws Exception {
        // all messages about one client, the first one the poison
        FaultLoad load = new FaultLoad(run, MESSAGES, Load.CLIENTS);
        String poison = load.identificatie(0);
        startHub(load, poison, "continue");
        load.send(hub.brokerUrl());

        await(() -> "FAILED".equals(outboundStatus(poison)), Duration.ofMinutes(3));
        await(() -> load.distinct() >= MESSAGES - 1, Duration.ofMinutes(3));
        UUID parked = outboundId(poison);
        assertThat(load.copiesOf(0)).as("poison not delivered").isZero();
        assertThat(endpoint.refused()).as("attempts").isEqualTo(3);
        assertThat(failureReasons(parked)).hasSize(3).allSatisfy(reason -> assertThat(reason)
                .contains("statusCode: 500"));
        assertThat(parkedQueue()).as("on ketenhub.parked").contains(parked.toString());
        HttpResponse<String> keten = http.send(
                operator(HttpRequest.newBuilder(hubUri("/api/berichten/" + parked + "/keten")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(keten.statusCode()).isEqualTo(200);
        assertThat(keten.body()).contains("\"FAILED\"").contains("statusCode: 500");

        endpoint.failFor(null);
        replay(parked);
        await(() -> load.distinct() >= MESSAGES, Duration.ofMinutes(2));
        Thread.sleep(3000); // copies that would arrive late

        FaultLoad.Report report =
                load.report("poison parked after " + endpoint.refused() + " attempts, replayed", jdbcUrl);
        report.assertExactlyOnce();
        assertThat(outboundStatus(poison)).isEqualTo("DELIVERED");
        assertThat(endpoint.keysOf(poison)).containsExactly(parked.toString());
    }

    @Test
    void parkClientHoldsTheClientsLaterMessagesUntilTheParkedOneIsReplayed() throws Exception {
        FaultLoad load = new FaultLoad(run, MESSAGES, Load.CLIENTS);
        String poison = load.identificatie(0);
        startHub(load, poison, "park-client");
        load.send(hub.brokerUrl(), 0, 1);
        await(() -> "FAILED".equals(outboundStatus(poison)), Duration.ofMinutes(3));
        UUID parked = outboundId(poison);

        // the client's later messages are processed, reach the delivery route, and are held there
        load.send(hub.brokerUrl(), 1, MESSAGES);
        await(
                () -> outboundCount("RECEIVED") == MESSAGES - 1 && queueDepth("ketenhub.delivery") == 0,
                Duration.ofMinutes(3));
        Thread.sleep(2000);
        assertThat(queueDepth("ketenhub.delivery")).isZero();
        assertThat(load.distinct()).as("held while the client is parked").isZero();

        endpoint.failFor(null);
        replay(parked);
        await(() -> load.distinct() >= MESSAGES, Duration.ofMinutes(2));
        Thread.sleep(3000); // copies that would arrive late

        FaultLoad.Report report = load.report("park-client: held " + (MESSAGES - 1) + ", replayed", jdbcUrl);
        report.assertExactlyOnce();
        assertThat(outboundCount("DELIVERED")).isEqualTo(MESSAGES);
    }

    /** The operator replays the parked message (operators' API). */
    private void replay(UUID parked) throws Exception {
        HttpResponse<String> replay = http.send(
                operator(HttpRequest.newBuilder(hubUri("/api/berichten/" + parked + "/replay")))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
    }

    private void startHub(FaultLoad load, String poison, String policy) throws Exception {
        endpoint = new PartnerEndpoint(load);
        endpoint.failFor(xml -> poison.equals(FaultLoad.identificatieOf(xml)));
        endpoint.up();
        hub = new HubProcess(
                run,
                schema,
                List.of(
                        "--ketenhub.config.dir=" + endpoint.configDir(Path.of("target", "fault-data", run)),
                        "--ketenhub.broker.max-delivery-attempts=3",
                        "--ketenhub.broker.redelivery-delay-millis=200",
                        "--ketenhub.parking.policy=" + policy));
        hub.start();
    }

    private int outboundCount(String status) throws Exception {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            PreparedStatement query =
                    db.prepareStatement("select count(*) from bericht where direction = 'OUT' and status = ?");
            query.setString(1, status);
            ResultSet rows = query.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private int queueDepth(String queue) throws Exception {
        return browse(queue).size();
    }

    private URI hubUri(String path) {
        return URI.create("http://127.0.0.1:" + hub.httpPort() + path);
    }

    private static HttpRequest.Builder operator(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer demo-operator");
    }

    private String outboundStatus(String identificatie) throws Exception {
        return outbound(identificatie, "o.status");
    }

    private UUID outboundId(String identificatie) throws Exception {
        return UUID.fromString(outbound(identificatie, "o.id"));
    }

    private String outbound(String identificatie, String column) throws Exception {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            PreparedStatement query = db.prepareStatement("select " + column
                    + " from bericht o join bericht i on o.related_id = i.id"
                    + " where i.identificatie = ? and o.direction = 'OUT'");
            query.setString(1, identificatie);
            ResultSet rows = query.executeQuery();
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private List<String> failureReasons(UUID id) throws Exception {
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            PreparedStatement query =
                    db.prepareStatement("select detail from aflevering where bericht_id = ? and outcome = 'FAILED'");
            query.setObject(1, id);
            ResultSet rows = query.executeQuery();
            List<String> reasons = new ArrayList<>();
            while (rows.next()) {
                reasons.add(rows.getString(1));
            }
            return reasons;
        }
    }

    /** The bericht ids of what lies on ketenhub.parked. */
    private List<String> parkedQueue() throws Exception {
        return browse("ketenhub.parked");
    }

    /** The bericht ids of what lies on a queue. */
    private List<String> browse(String queue) throws Exception {
        try (Connection connection = new ActiveMQConnectionFactory(hub.brokerUrl()).createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            QueueBrowser browser = session.createBrowser(session.createQueue(queue));
            List<String> ids = new ArrayList<>();
            for (Object message : Collections.list(browser.getEnumeration())) {
                ids.add(((Message) message).getStringProperty("ketenhubBerichtId"));
            }
            return ids;
        }
    }
}
