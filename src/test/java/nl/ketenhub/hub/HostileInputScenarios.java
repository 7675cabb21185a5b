package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile messages through the HTTP intake of the running hub. Each one is refused with a finding
 * that names the problem, the refusal is in the message log, nothing of the hub's files or its
 * stack traces comes back, and afterwards the hub still takes a valid message and reports UP.
 * Subclasses choose the database.
 */
abstract class HostileInputScenarios extends HubTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JW301 = "ijw/3.2/berichten/JW301.xml";
    private static final String SECRET = "GEHEIM-7f3a";

    @TempDir
    Path temp;

    @AfterEach
    void hubStillTakesAValidMessageAndIsHealthy() throws Exception {
        HttpResponse<String> valid = post(ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()), "demo-0384");
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(202);
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(uri("/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (health.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            health = http.send(
                    HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String xml = withDoctype(
                "<!DOCTYPE jw301:Bericht [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
                sample(JW301, uniqueId()).replace("Commentaar client", "&xxe;"));

        assertRefused(post(xml, "demo-0384"), 422, "XML", "DOCTYPE");
    }

    @Test
    void anExternalDtdIsRefusedWithoutFetchingIt() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            String xml = withDoctype(
                    "<!DOCTYPE jw301:Bericht SYSTEM \"http://127.0.0.1:" + listener.getLocalPort() + "/evil.dtd\">",
                    sample(JW301, uniqueId()));

            assertRefused(post(xml, "demo-0384"), 422, "XML", "DOCTYPE");
            listener.setSoTimeout(300);
            boolean fetched;
            try (var ignored = listener.accept()) {
                fetched = true;
            } catch (SocketTimeoutException expected) {
                fetched = false;
            }
            assertThat(fetched).as("the hub connected to the DTD's address").isFalse();
        }
    }

    @Test
    void entityExpansionIsRefusedBeforeAnythingExpands() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE jw301:Bericht [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = withDoctype(dtd.toString(), sample(JW301, uniqueId()).replace("Commentaar client", "&lol9;"));

        assertRefused(post(xml, "demo-0384"), 422, "XML", "DOCTYPE");
    }

    @Test
    void anXIncludeIsNotProcessedAndFailsTheSchema() throws Exception {
        Path secret = Files.writeString(temp.resolve("included.txt"), SECRET);
        String xml = sample(JW301, uniqueId())
                .replace(
                        "<jw301:Commentaar>Commentaar client</jw301:Commentaar>",
                        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\""
                                + secret.toUri() + "\"/>");

        assertRefused(post(xml, "demo-0384"), 422, "XSD", "XInclude");
    }

    @Test
    void aMessageAboveTheMaximumIsRefusedWith413AndNotKept() throws Exception {
        String valid = sample(JW301, uniqueId());
        int end = valid.indexOf("</jw301:Bericht>");
        String xml = valid.substring(0, end) + "<!--" + "x".repeat(30 * 1024 * 1024) + "-->" + valid.substring(end);

        UUID id = assertRefused(post(xml, "demo-0384"), 413, "OP179", "more than the maximum of 26214400 bytes");

        assertThat(get("/api/berichten/" + id + "/payload", "demo-0384").body()).isEmpty();
    }

    @Test
    void deeplyNestedElementsAreRefusedAtTheDepthLimit() throws Exception {
        String nested = "<a>".repeat(100_000) + "</a>".repeat(100_000);
        String xml =
                sample(JW301, uniqueId()).replace("<jw301:Commentaar>Commentaar client</jw301:Commentaar>", nested);

        assertRefused(post(xml, "demo-0384"), 422, "XML", "depth");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws Exception {
        byte[] valid = sample(JW301, uniqueId()).getBytes(StandardCharsets.UTF_8);
        String marker = "Commentaar client";
        int at = new String(valid, StandardCharsets.ISO_8859_1).indexOf(marker);
        valid[at] = (byte) 0xC3;
        valid[at + 1] = (byte) 0x28;

        assertRefused(postBytes(valid, "demo-0384"), 422, "OP192", "not valid UTF-8 at byte " + at);
    }

    @Test
    void aNulByteIsRefusedAndStillLogged() throws Exception {
        String xml = sample(JW301, uniqueId()).replace("Commentaar client", "Commentaar\u0000client");

        UUID id = assertRefused(post(xml, "demo-0384"), 422, "XML", "invalid XML character");

        assertThat(get("/api/berichten/" + id + "/payload", "demo-0384").body()).contains("Commentaar\uFFFDclient");
    }

    /** OP192 forbids the byte order mark although XML allows it: the standard wins, with a clear finding. */
    @Test
    void aByteOrderMarkIsRefusedAsTheStandardRequires() throws Exception {
        ByteArrayOutputStream withBom = new ByteArrayOutputStream();
        withBom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        withBom.write(sample(JW301, uniqueId()).getBytes(StandardCharsets.UTF_8));

        assertRefused(postBytes(withBom.toByteArray(), "demo-0384"), 422, "OP192", "byte order mark");
    }

    @Test
    void aWrongNamespaceIsRefusedAsAnUnknownMessageType() throws Exception {
        String xml = sample(JW301, uniqueId())
                .replace("http://www.istandaarden.nl/ijw/3_2/jw301/schema", "http://example.org/jw301");

        assertRefused(post(xml, "demo-0384"), 422, "BERICHTTYPE", "{http://example.org/jw301}Bericht");
    }

    @Test
    void aMissingNamespaceIsRefusedAsAnUnknownMessageType() throws Exception {
        String xml = sample(JW301, uniqueId())
                .replace(" xmlns:jw301=\"http://www.istandaarden.nl/ijw/3_2/jw301/schema\"", "")
                .replace("jw301:", "");

        assertRefused(post(xml, "demo-0384"), 422, "BERICHTTYPE", "{null}Bericht");
    }

    @Test
    void anUnknownBerichtCodeIsRefused() throws Exception {
        String xml = sample(JW301, uniqueId()).replace(">436<", ">999<");

        assertRefused(post(xml, "demo-0384"), 422, "RS047", "BerichtCode '999'");
    }

    @Test
    void xmlOfAnotherStandardIsRefused() throws Exception {
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>x</title></head><body><p>not a bericht</p></body></html>";
        String ubl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">"
                + "<cbc:ID>INV-1</cbc:ID></Invoice>";

        assertRefused(post(xhtml, "demo-0384"), 422, "BERICHTTYPE", "{http://www.w3.org/1999/xhtml}html");
        assertRefused(post(ubl, "demo-0384"), 422, "BERICHTTYPE", "Invoice-2}Invoice");
    }

    /** SQL and markup in names, comments and the Identificatie are data: stored, shown and delivered verbatim. */
    @Test
    void sqlAndScriptInNamesAndCommentsAreKeptAsPlainData() throws Exception {
        String identificatie = "<'\"&" + uniqueId();
        String sql = "'; DROP TABLE bericht;--";
        String script = "<script>alert('x')</script>";
        String xml = ExternScenarios.jw301("ID", uniqueBsn(), uniqueNummer())
                .replace(
                        "<ijw:Identificatie>ID</ijw:Identificatie>",
                        "<ijw:Identificatie>" + escape(identificatie) + "</ijw:Identificatie>")
                .replace("<ijw:Achternaam>Wit</ijw:Achternaam>", "<ijw:Achternaam>" + escape(sql) + "</ijw:Achternaam>")
                .replace("Commentaar client", escape(script));
        long before = berichten.count();

        HttpResponse<String> response = post(xml, "demo-0384");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        UUID id = idOf(response.body());
        awaitStatus(id, Bericht.Status.DELIVERED);
        assertThat(berichten.count()).isGreaterThan(before);
        HttpResponse<String> view = get("/api/berichten/" + id, "demo-0384");
        assertThat(view.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(view.body()).get("identificatie").asString()).isEqualTo(identificatie);
        assertThat(get("/api/berichten/" + id + "/payload", "demo-0384").body())
                .contains(escape(identificatie), escape(sql), escape(script))
                .doesNotContain(script);
        assertThat(awaitOnQueue("ketenhub.42420001.out", escape(identificatie)))
                .contains(escape(sql), escape(script))
                .doesNotContain(script);
    }

    @Test
    void scriptInAnInvalidValueIsNotEchoedInTheFindings() throws Exception {
        String script = "<script>alert(1)</script>";
        String xml = sample(JW301, uniqueId())
                .replace(
                        "<jw301:BerichtVersie>3</jw301:BerichtVersie>",
                        "<jw301:BerichtVersie>" + escape(script) + "</jw301:BerichtVersie>");

        HttpResponse<String> response = post(xml, "demo-0384");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        List<String> messages = new ArrayList<>();
        JSON.readTree(response.body())
                .get("findings")
                .forEach(f -> messages.add(f.get("message").asString()));
        assertThat(messages)
                .anySatisfy(message -> assertThat(message).contains("BerichtVersie"))
                .allSatisfy(
                        message -> assertThat(message).doesNotContain("script").doesNotContain("alert"));
        assertThat(response.body()).doesNotContain("alert(1)");
    }

    @Test
    void aFloodFromOnePartnerGets429WithRetryAfterAndOtherPartnersAreNotHeldBack() throws Exception {
        int flood = TestHubProperties.RATE_LIMITED_BURST + 7;
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < flood; i++) {
            responses.add(post(sample("ijw/3.2/berichten/JW305.xml", uniqueId()), "demo-12345678"));
        }
        HttpResponse<String> other = post(ExternScenarios.jw301(uniqueId(), uniqueBsn(), uniqueNummer()), "demo-0384");

        List<HttpResponse<String>> refused =
                responses.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(responses.subList(0, TestHubProperties.RATE_LIMITED_BURST))
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isNotEqualTo(429));
        assertThat(refused).hasSize(flood - TestHubProperties.RATE_LIMITED_BURST);
        assertThat(refused).allSatisfy(r -> {
            assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
                    .isPositive();
            assertThat(r.body()).contains("HUB-RATE-LIMIT").contains("12345678");
        });
        assertThat(other.statusCode()).as(other.body()).isEqualTo(202);
    }

    private UUID assertRefused(HttpResponse<String> response, int status, String rule, String named) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("REJECTED");
        List<String> rules = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        body.get("findings").forEach(f -> {
            rules.add(f.get("rule").asString());
            messages.add(f.get("message").asString());
        });
        assertThat(rules).contains(rule);
        assertThat(messages).anySatisfy(message -> assertThat(message).contains(named));
        assertThat(response.body())
                .doesNotContain(SECRET)
                .doesNotContain("root:x:0")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        UUID id = idOf(response.body());
        JsonNode logged = JSON.readTree(get("/api/berichten/" + id, "demo-0384").body());
        assertThat(logged.get("status").asString()).isEqualTo("REJECTED");
        List<String> loggedRules = new ArrayList<>();
        logged.get("findings").forEach(f -> loggedRules.add(f.get("rule").asString()));
        assertThat(loggedRules).contains(rule);
        return id;
    }

    private HttpResponse<String> postBytes(byte[] body, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/berichten"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String withDoctype(String doctype, String xml) {
        return xml.replaceFirst("\\?>", "?>\n" + doctype.replace("\\", "\\\\").replace("$", "\\$"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
