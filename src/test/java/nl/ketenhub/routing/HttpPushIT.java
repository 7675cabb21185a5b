package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.hub.DemoConfigCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An HTTP push to the JSON aanbieder, received by a local HTTP server: the body is the JSON form,
 * the Idempotency-Key is the outbound message id and X-Ketenhub-Signature is the HMAC-SHA256 of the
 * body with the partner's shared secret (the local demo secret of config/partners.yaml). Its own hub:
 * the demo configuration with 42420002's delivery switched to HTTP on the receiver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class HttpPushIT {

    /** The partner's secret as the hub resolves it: the environment variable wins over the demo secret. */
    private static final String SECRET = java.util.Optional.ofNullable(System.getenv("KETENHUB_HMAC_42420002"))
            .orElse("demo-hmac-secret-42420002");

    private static final BlockingQueue<Received> RECEIVED = new LinkedBlockingQueue<>();
    private static HttpServer receiver;

    private record Received(String contentType, String idempotencyKey, String signature, byte[] body) {}

    @LocalServerPort
    int port;

    @Autowired
    BerichtRepository berichten;

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ehr/berichten", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            RECEIVED.add(new Received(
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("X-Ketenhub-Signature"),
                    body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path config = configWithHttpDelivery(
                Path.of("target/it-data/push-" + run + "-config"),
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/ehr/berichten");
        registry.add("ketenhub.config.dir", config::toString);
        registry.add("ketenhub.data-dir", () -> "target/it-data/push-" + run);
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("camel.main.routes-reload-enabled", () -> "false");
        registry.add("ketenhub.recovery.period", () -> "3600000");
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aPushCarriesTheJsonFormItsIdempotencyKeyAndAVerifiableSignature() throws Exception {
        String id = "PUSH" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        String xml = Files.readString(Path.of(System.getProperty("shared.dir", "../shared"))
                        .resolve("istandaarden/ijw/3.2/berichten/JW301.xml"))
                .replaceFirst("<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + id + "<")
                .replace("<jw301:Ontvanger>42420001<", "<jw301:Ontvanger>42420002<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/berichten"))
                                .header("Authorization", "Bearer demo-0384")
                                .header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofString(xml))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);

        Received push = RECEIVED.poll(30, TimeUnit.SECONDS);
        assertThat(push).as("a push reached the receiver").isNotNull();
        String body = new String(push.body(), StandardCharsets.UTF_8);
        assertThat(push.contentType()).startsWith("application/json");
        assertThat(body).contains("\"berichttype\" : \"jw301\"").contains(id);
        assertThat(push.signature()).isEqualTo("sha256=" + hmac(SECRET, push.body()));
        assertThat(push.signature()).isNotEqualTo("sha256=" + hmac("another-secret-of-16", push.body()));

        UUID inbound = UUID.fromString(response.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1"));
        List<Bericht> outbound = awaitOutboundDelivered(inbound);
        assertThat(outbound).hasSize(1);
        assertThat(push.idempotencyKey()).isEqualTo(outbound.get(0).getId().toString());
    }

    private List<Bericht> awaitOutboundDelivered(UUID inbound) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Bericht> outbound = berichten.findByRelatedIdOrderByReceivedAtAsc(inbound);
            if (!outbound.isEmpty() && outbound.stream().allMatch(b -> b.getStatus() == Bericht.Status.DELIVERED)) {
                return outbound;
            }
            Thread.sleep(100);
        }
        return berichten.findByRelatedIdOrderByReceivedAtAsc(inbound);
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    /** A copy of config/ in which 42420002 takes its deliveries by HTTP on the given URL. */
    private static Path configWithHttpDelivery(Path target, String url) {
        return DemoConfigCopy.of(target, yaml -> {
            String json = yaml.substring(yaml.indexOf("- code: \"42420002\""));
            String switched =
                    json.replaceFirst("delivery: \\{type: JMS\\}", "delivery: {type: HTTP, url: \"" + url + "\"}");
            return yaml.replace(json, switched);
        });
    }
}
