package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.BerichtRepository;
import nl.ketenhub.format.Formats;
import nl.ketenhub.partner.PartnerDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * What every scenario through the running hub needs: the partner API over HTTP, the broker, the
 * message log, the published samples, and unique identifiers (all scenario classes of one database
 * share one hub, so every test uses its own Identificatie and, where it matters, its own numbers).
 */
public abstract class HubTestSupport {

    protected static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);
    /**
     * The BSNs' own counter: the range holds about 9,100 that pass the 11-proef, and drawn from
     * {@link #SEQUENCE} (which every id and number also advances) a long suite came round to BSNs it
     * had used before, whose toewijzingen then made a test's 301 overlap (HUB-STAPELING).
     */
    private static final AtomicLong BSN_SEQUENCE = new AtomicLong(System.nanoTime() % 10_000);
    /**
     * BSNs that the published samples (999900006, 999900018) and some tests write out by hand. Their
     * toewijzingen are in the shared databases, so a fresh client must never get one: the start of
     * {@link #BSN_SEQUENCE} is random, and once in a while a suite's 301 for a "fresh" client met
     * the sample's own toewijzing (HUB-STAPELING; DeclaratieOnH2IT, 2026-11-25).
     */
    private static final java.util.Set<String> WRITTEN_BY_HAND = java.util.Set.of(
            "999900006",
            "999900007",
            "999900016",
            "999900018",
            "999900031",
            "999900043",
            "999900055",
            "999900060",
            "999900067",
            "999911088",
            "999911089",
            "999911120",
            "999911121",
            "999990019",
            "999996770",
            "999999999");

    @LocalServerPort
    protected int port;

    @Value("${ketenhub.data-dir}")
    protected String dataDir;

    @Autowired
    protected JmsTemplate jms;

    @Autowired
    protected BerichtRepository berichten;

    @Autowired
    private PartnerDirectory partnerDirectory;

    @Autowired
    private Formats formats;

    protected final HttpClient http = HttpClient.newHttpClient();

    /** The scenarios' aanbieder's software: the standard XML, or its own format in the JSON run. */
    private PartnerEdge edge;

    @BeforeEach
    void shortReceiveTimeout() {
        jms.setReceiveTimeout(200);
        edge = new PartnerEdge(partnerDirectory, formats);
    }

    /** A published sample with a fresh Identificatie (12 characters at most), so TR056 sees a new message. */
    protected static String sample(String path, String identificatie) throws Exception {
        String xml = Files.readString(SHARED.resolve(path), StandardCharsets.UTF_8);
        return xml.replaceFirst(
                "<(ijw|iwmo):Identificatie>[^<]*</(ijw|iwmo):Identificatie>",
                "<$1:Identificatie>" + identificatie + "</$2:Identificatie>");
    }

    /** A fresh test BSN: 9999xxxxx and passing the 11-proef. */
    protected static String uniqueBsn() {
        while (true) {
            long n = 99990000L + (BSN_SEQUENCE.incrementAndGet() % 10000);
            String first8 = Long.toString(n);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (first8.charAt(i) - '0');
            }
            int last = sum % 11;
            if (last < 10 && !WRITTEN_BY_HAND.contains(first8 + last)) {
                return first8 + last;
            }
        }
    }

    /**
     * A fresh ToewijzingNummer (or other LDT_Nummer) for a test, a multiple of ten: a test may use the
     * next nine for more products (ExternScenarios: nummer + 1). With steps of one, the next test's
     * number was such a neighbour once the BSNs stopped advancing the same counter, and TR332 refused it.
     */
    protected static long uniqueNummer() {
        return 100_000_000L + (SEQUENCE.incrementAndGet() * 10) % 800_000_000L;
    }

    protected static String uniqueId() {
        return "IT" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase();
    }

    /**
     * A JW301 of gemeente 0384 for this client and ToewijzingNummer (Jeugdwet 55/55A11 from
     * 2026-04-01, within the demo contract), delivered to aanbieder 42420001.
     */
    protected void deliverJw301(String bsn, long nummer) throws Exception {
        UUID id = idOf(post(demoJw301(bsn, nummer, "42420001", uniqueId()), "demo-0384")
                .body());
        awaitStatus(id, Bericht.Status.DELIVERED);
    }

    /** The JW301 of {@link #deliverJw301} for any aanbieder, with this Identificatie. */
    protected static String demoJw301(String bsn, long nummer, String aanbieder, String identificatie)
            throws Exception {
        return sample("ijw/3.2/berichten/JW301.xml", identificatie)
                .replace("999900006", bsn)
                .replace(">300201<", ">" + nummer + "<")
                .replace("<jw301:Ontvanger>42420001<", "<jw301:Ontvanger>" + aanbieder + "<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "")
                .replaceFirst(
                        "(?s)</jw301:ToegewezenProduct>\\s*<jw301:ToegewezenProduct>.*?</jw301:ToegewezenProduct>",
                        "</jw301:ToegewezenProduct>");
    }

    /** Posts a standard message as the partner of the token, in that partner's form (PartnerEdge). */
    protected HttpResponse<String> post(String xml, String token) throws Exception {
        PartnerEdge.Outgoing outgoing = edge.sentWith(token, xml);
        return http.send(
                HttpRequest.newBuilder(uri("/api/berichten"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", outgoing.mediaType())
                        .POST(HttpRequest.BodyPublishers.ofString(outgoing.body()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The standard XML of a message the partner of the token reads from the hub (GET .../payload). */
    protected String pulled(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return edge.pulled(token, response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** The message arrived as sent (byte for byte, or the same message when the aanbieder speaks JSON). */
    protected void assertSameMessage(String actual, String expected) {
        edge.assertSameMessage(actual, expected);
    }

    protected HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected static UUID idOf(String json) {
        Matcher matcher = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(matcher.find()).as("id in %s", json).isTrue();
        return UUID.fromString(matcher.group(1));
    }

    protected void awaitStatus(UUID id, Bericht.Status status) throws InterruptedException {
        awaitTrue(() -> berichten.findById(id).map(b -> b.getStatus() == status).orElse(false));
        assertThat(berichten.findById(id).orElseThrow().getStatus()).isEqualTo(status);
    }

    /**
     * The first message on the queue whose text contains the marker, as standard XML (PartnerEdge);
     * other messages are skipped.
     */
    protected String awaitOnQueue(String queue, String marker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Message message = jms.receive(queue);
            if (message instanceof TextMessage text) {
                String xml = edge.received(queue, text.getText());
                if (xml.contains(marker)) {
                    return xml;
                }
            }
        }
        throw new AssertionError("no message containing " + marker + " on " + queue);
    }

    protected void assertNothingOnQueueFor(String queue, String... markers) throws Exception {
        Thread.sleep(1500);
        Message message;
        while ((message = jms.receive(queue)) != null) {
            String xml = edge.received(queue, ((TextMessage) message).getText());
            for (String marker : markers) {
                assertThat(xml).doesNotContain(marker);
            }
        }
    }

    /** The same XML message: the same elements and values, whatever the prefixes, indentation and comments. */
    protected static void assertSimilarXml(String actual, String expected) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .ignoreComments()
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as("%s", diff).isFalse();
    }

    protected static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
