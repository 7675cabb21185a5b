package nl.ketenhub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.jms.JMSSecurityException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.security.TestCertificates.Identity;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile on its own hub: HTTPS with client certificates made at test time, the
 * certificate subject naming the partner (config/partners.yaml), partner tokens refused, people by
 * configured token or by a JWT signed with a key of this test; the broker's TCP acceptor open, so
 * broker security is on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
class ProductionSecurityIT {

    private static final Path DIR = Path.of("target", "it-data", "production-" + UUID.randomUUID());
    private static final String GEMEENTE_0384 = "CN=0384, O=Gemeente Diemen, C=NL";
    private static final String OPERATOR_TOKEN = "an-operator-token-from-the-environment";

    private static final int BROKER_PORT = freePort();

    private static final Identity CA;
    private static final Identity SERVER;
    private static final KeyPair JWT_KEYS;
    private static final KeyPair OTHER_JWT_KEYS;

    static {
        try {
            CA = TestCertificates.ca("CN=Test Partner CA");
            SERVER = TestCertificates.server(CA);
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            JWT_KEYS = rsa.generateKeyPair();
            OTHER_JWT_KEYS = rsa.generateKeyPair();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    BerichtRepository berichten;

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) throws Exception {
        Path keystore = TestCertificates.write(TestCertificates.keyStore(SERVER), DIR.resolve("server.p12"));
        Path truststore = TestCertificates.write(TestCertificates.trustStore(CA.certificate()), DIR.resolve("ca.p12"));
        Path publicKey = Files.writeString(
                DIR.resolve("jwt.pub"),
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(JWT_KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        String password = new String(TestCertificates.PASSWORD);
        // what the environment supplies in production
        registry.add("KETENHUB_TLS_KEYSTORE", () -> "file:" + keystore.toAbsolutePath());
        registry.add("KETENHUB_TLS_KEYSTORE_PASSWORD", () -> password);
        registry.add("KETENHUB_TLS_TRUSTSTORE", () -> "file:" + truststore.toAbsolutePath());
        registry.add("KETENHUB_TLS_TRUSTSTORE_PASSWORD", () -> password);
        registry.add("KETENHUB_OPERATOR_TOKEN", () -> OPERATOR_TOKEN);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + publicKey.toAbsolutePath());
        registry.add("server.port", () -> "0");
        registry.add("ketenhub.data-dir", () -> DIR.resolve("data").toString());
        registry.add("spring.artemis.embedded.persistent", () -> "false");
        registry.add("ketenhub.broker.tcp-port", () -> BROKER_PORT);
    }

    @Test
    void aClientCertificateAuthenticatesItsPartner() throws Exception {
        Identity gemeente = TestCertificates.client(CA, GEMEENTE_0384);
        String id = "PR" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String xml = Files.readString(Path.of(
                        System.getProperty("shared.dir", "../shared"), "istandaarden/ijw/3.2/berichten/JW301.xml"))
                .replaceFirst(
                        "<ijw:Identificatie>[^<]*</ijw:Identificatie>",
                        "<ijw:Identificatie>" + id + "</ijw:Identificatie>")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");

        HttpResponse<String> posted = send(client(gemeente), post(xml, null));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        // with broker security on, the hub's own in-VM connections still carry it to the aanbieder
        Matcher berichtId = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(posted.body());
        assertThat(berichtId.find()).isTrue();
        awaitStatus(UUID.fromString(berichtId.group(1)), Bericht.Status.DELIVERED);
        assertThat(send(client(gemeente), get("/api/berichten/outbox", null)).statusCode())
                .isEqualTo(200);
        // the certificate of an aanbieder is that aanbieder, whatever the header claims
        Identity aanbieder = TestCertificates.client(CA, "CN=42420001, O=Zorgaanbieder Demo Jeugd en Wmo, C=NL");
        HttpResponse<String> asGemeente = send(client(aanbieder), post(xml, null));
        assertThat(asGemeente.statusCode()).isEqualTo(422);
        assertThat(asGemeente.body()).contains("HUB-ROL");
    }

    @Test
    void noCertificateAnUnknownOneAnExpiredOneOrAnUntrustedOneIsRefused() throws Exception {
        assertThat(status(client(null), get("/api/berichten/outbox", null))).isEqualTo(401);
        Identity unknown = TestCertificates.client(CA, "CN=9999, O=Nobody, C=NL");
        assertThat(status(client(unknown), get("/api/berichten/outbox", null))).isEqualTo(401);
        Identity expired = TestCertificates.client(
                CA,
                GEMEENTE_0384,
                Instant.now().minus(Duration.ofDays(60)),
                Instant.now().minus(Duration.ofDays(1)));
        assertThat(status(client(expired), get("/api/berichten/outbox", null)))
                .as("refused at the handshake (-1) or with 401")
                .isIn(-1, 401);
        // the right subject, issued by a CA the hub does not trust: refused at the handshake
        Identity rogue = TestCertificates.client(TestCertificates.ca("CN=Rogue CA"), GEMEENTE_0384);
        assertThat(status(client(rogue), get("/api/berichten/outbox", null))).isEqualTo(-1);
    }

    @Test
    void partnerTokensAreRefusedPeopleTokensFromTheEnvironmentWork() throws Exception {
        HttpClient anonymous = client(null);
        assertThat(status(anonymous, get("/api/berichten/outbox", "demo-0384"))).isEqualTo(401);
        assertThat(status(anonymous, post("<x/>", "demo-0384"))).isEqualTo(401);
        assertThat(status(anonymous, get("/api/berichten?size=1", "demo-operator")))
                .isEqualTo(401);
        assertThat(status(anonymous, get("/api/berichten?size=1", OPERATOR_TOKEN)))
                .isEqualTo(200);
        assertThat(status(anonymous, get("/actuator/health", null))).isNotIn(401, 403, -1);
    }

    @Test
    void oidcTokensCarryThePersonsRole() throws Exception {
        HttpClient https = client(null);
        String viewer = jwt(JWT_KEYS, Map.of("preferred_username", "vera", "roles", List.of("viewer")), 300);
        String admin = jwt(JWT_KEYS, Map.of("preferred_username", "ada", "roles", List.of("viewer", "admin")), 300);
        String regisseur = jwt(JWT_KEYS, Map.of("sub", "rik", "roles", "regisseur", "gemeente", "0384"), 300);

        assertThat(status(https, get("/api/berichten?size=1", viewer))).isEqualTo(200);
        assertThat(status(https, get("/api/admin/config", viewer))).isEqualTo(403);
        assertThat(status(https, get("/api/admin/config", admin))).isEqualTo(200);
        assertThat(status(https, get("/api/berichten?size=1", regisseur))).isEqualTo(200);
        assertThat(status(https, get("/api/admin/partners", regisseur))).isEqualTo(403);
        // not ours, expired, without a role, a regisseur without gemeente: nobody
        assertThat(status(https, get("/api/berichten?size=1", jwt(OTHER_JWT_KEYS, Map.of("roles", "admin"), 300))))
                .isEqualTo(401);
        assertThat(status(https, get("/api/berichten?size=1", jwt(JWT_KEYS, Map.of("roles", "admin"), -120))))
                .isEqualTo(401);
        assertThat(status(https, get("/api/berichten?size=1", jwt(JWT_KEYS, Map.of("roles", "root"), 300))))
                .isEqualTo(401);
        assertThat(status(https, get("/api/berichten?size=1", jwt(JWT_KEYS, Map.of("roles", "regisseur"), 300))))
                .isEqualTo(401);
    }

    @Test
    void theBrokersTcpAcceptorLetsNoStrangerIn() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + BROKER_PORT);
        assertThatThrownBy(() -> factory.createConnection().close()).isInstanceOf(JMSSecurityException.class);
        // demo tokens are no broker passwords outside the local profile
        assertThatThrownBy(() -> factory.createConnection("0384", "demo-0384").close())
                .isInstanceOf(JMSSecurityException.class);
    }

    private void awaitStatus(UUID id, Bericht.Status status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline
                && berichten.findById(id).map(b -> b.getStatus() != status).orElse(true)) {
            Thread.sleep(200);
        }
        assertThat(berichten.findById(id).orElseThrow().getStatus()).isEqualTo(status);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwt(KeyPair keys, Map<String, Object> claims, long validSeconds) throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .subject("test-user")
                .issueTime(Date.from(Instant.now().minusSeconds(600)))
                .expirationTime(Date.from(Instant.now().plusSeconds(validSeconds)));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private HttpRequest post(String xml, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/berichten"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
        return token == null
                ? request.build()
                : request.header("Authorization", "Bearer " + token).build();
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        return token == null
                ? request.build()
                : request.header("Authorization", "Bearer " + token).build();
    }

    private URI uri(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    private static HttpClient client(Identity identity) throws Exception {
        SSLContext context = TestCertificates.clientContext(CA.certificate(), identity);
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(context)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The response status, or -1 when the TLS handshake (or the connection) was refused. */
    private static int status(HttpClient client, HttpRequest request) throws Exception {
        try {
            return send(client, request).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
