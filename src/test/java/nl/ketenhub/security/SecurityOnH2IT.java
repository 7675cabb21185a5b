package nl.ketenhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.ketenhub.hub.HubOnH2;
import nl.ketenhub.hub.HubTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Who may call what on the running hub (local profile: demo tokens of partners and people), and the
 * partners' authorisation rules at intake. Runs on the shared H2 hub.
 */
@HubOnH2
class SecurityOnH2IT extends HubTestSupport {

    private static final String NOBODY = null;
    private static final String PARTNER = "demo-0384";
    private static final String VIEWER = "demo-viewer";
    private static final String REGISSEUR = "demo-regisseur-0384";
    private static final String OPERATOR = "demo-operator";
    private static final String ADMIN = "demo-admin";

    /** Expected status per caller; "ok" means: not refused (neither 401 nor 403). */
    private void expect(String method, String path, Map<String, Object> expected) throws Exception {
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            String token = e.getKey().equals("nobody") ? NOBODY : e.getKey();
            int status = call(method, path, token).statusCode();
            if ("ok".equals(e.getValue())) {
                assertThat(status).as("%s %s as %s", method, path, e.getKey()).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s %s as %s", method, path, e.getKey()).isEqualTo(e.getValue());
            }
        }
    }

    private HttpResponse<String> call(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request = method.equals("GET")
                ? request.GET()
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersTellBrowsersNotToSniffOrFrameOrCache() throws Exception {
        HttpResponse<String> answer = get("/api/berichten/" + java.util.UUID.randomUUID(), "demo-0384");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void theMessageBrowserIsForViewersAndRegisseurs() throws Exception {
        expect(
                "GET",
                "/api/berichten?size=1",
                Map.of("nobody", 401, PARTNER, 403, VIEWER, 200, REGISSEUR, 200, OPERATOR, 200, ADMIN, 200));
        String keten = "/api/berichten/" + UUID.randomUUID() + "/keten";
        expect("GET", keten, Map.of("nobody", 401, PARTNER, 403, VIEWER, 404, REGISSEUR, 404, ADMIN, 404));
    }

    @Test
    void replayAndPausingAreForOperators() throws Exception {
        String replay = "/api/berichten/" + UUID.randomUUID() + "/replay";
        expect("POST", replay, Map.of("nobody", 401, PARTNER, 403, VIEWER, 403, REGISSEUR, 403, OPERATOR, 404));
        expect("POST", "/api/berichten/replay", Map.of(VIEWER, 403, REGISSEUR, 403, OPERATOR, 400, ADMIN, 400));
        // an unknown partner: 404 once the caller may pause at all
        String pause = "/api/admin/partners/9999/pause";
        expect("POST", pause, Map.of("nobody", 401, PARTNER, 403, VIEWER, 403, REGISSEUR, 403, OPERATOR, 404));
        expect("GET", "/api/admin/partners", Map.of(PARTNER, 403, REGISSEUR, 403, VIEWER, 200, OPERATOR, 200));
        expect("GET", "/api/admin/overdue", Map.of(REGISSEUR, 403, VIEWER, 200));
    }

    @Test
    void configurationAndActuatorAreForAdminsHealthForEveryone() throws Exception {
        expect("GET", "/api/admin/config", Map.of("nobody", 401, VIEWER, 403, OPERATOR, 403, ADMIN, 200));
        expect("GET", "/actuator/metrics", Map.of("nobody", 401, PARTNER, 403, VIEWER, 403, OPERATOR, 403, ADMIN, 200));
        expect("GET", "/actuator/health", Map.of("nobody", "ok"));
        expect("GET", "/api/audit", Map.of(OPERATOR, 403, ADMIN, "ok"));
    }

    @Test
    void jolokiaReadsAreForViewersOperationsForOperators() throws Exception {
        expect(
                "GET",
                "/jolokia/read/java.lang:type=Memory/HeapMemoryUsage",
                Map.of("nobody", 401, PARTNER, 403, REGISSEUR, 403, VIEWER, "ok", OPERATOR, "ok"));
        expect("GET", "/jolokia/exec/java.lang:type=Memory/gc", Map.of(VIEWER, 403, REGISSEUR, 403, OPERATOR, "ok"));
        // the query-parameter form and POST bodies can carry any operation
        expect("GET", "/jolokia?p=/exec/java.lang:type=Memory/gc", Map.of(VIEWER, 403, OPERATOR, "ok"));
        expect("POST", "/jolokia", Map.of("nobody", 401, VIEWER, 403, OPERATOR, "ok"));
    }

    @Test
    void thePartnerApiIsForPartnersAndUnknownTokensOrPathsAreRefused() throws Exception {
        expect("GET", "/api/berichten/outbox", Map.of("nobody", 401, VIEWER, 403, ADMIN, 403, PARTNER, 200));
        expect("GET", "/api/berichten/" + UUID.randomUUID(), Map.of(OPERATOR, 403, PARTNER, 404));
        assertThat(post("<x/>", VIEWER).statusCode()).isEqualTo(403);
        assertThat(post("<x/>", "not-a-known-token").statusCode()).isEqualTo(401);
        expect("GET", "/api/berichten?size=1", Map.of("demo-operatorX", 401));
        expect("GET", "/api/elsewhere", Map.of("nobody", 401, ADMIN, 403));
    }

    @Test
    void aRegisseurReadsOnlyTheMessagesOfItsGemeente() throws Exception {
        UUID own = idOf(post(jw301("0384", uniqueId()), "demo-0384").body());
        String otherId = uniqueId();
        UUID other = idOf(post(jw301("0363", otherId), "demo-0363").body());

        assertThat(get("/api/berichten?identificatie=" + otherId, VIEWER).body())
                .contains(other.toString());
        assertThat(get("/api/berichten?identificatie=" + otherId, REGISSEUR).body())
                .doesNotContain(other.toString());
        assertThat(get("/api/berichten/" + other + "/keten", VIEWER).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/berichten/" + other + "/keten", REGISSEUR).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/berichten/" + own + "/keten", REGISSEUR).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/berichten?partner=0384&size=200", REGISSEUR).body())
                .contains(own.toString());
    }

    @Test
    void aPartnerReadsOnlyItsOwnMessages() throws Exception {
        UUID id = idOf(post(jw301("0384", uniqueId()), "demo-0384").body());

        assertThat(get("/api/berichten/" + id, "demo-0384").statusCode()).isEqualTo(200);
        assertThat(get("/api/berichten/" + id, "demo-42420001").statusCode()).isEqualTo(200);
        assertThat(get("/api/berichten/" + id, "demo-0363").statusCode()).isEqualTo(404);
        assertThat(get("/api/berichten/" + id + "/payload", "demo-0363").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/berichten/" + id + "/payload", "demo-65656055").statusCode())
                .isEqualTo(404);
        assertThat(call("POST", "/api/berichten/outbox/" + id + "/ack", "demo-65656055")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aPartnerSendsOnlyAsItselfAndAGemeenteOnlyForItsOwnCode() throws Exception {
        HttpResponse<String> asAnother = post(jw301("0384", uniqueId()), "demo-0363");

        assertThat(asAnother.statusCode()).isEqualTo(422);
        assertThat(asAnother.body()).contains("HUB-AFZENDER");
        HttpResponse<String> aanbiederAsGemeente = post(jw301("0384", uniqueId()), "demo-42420001");
        assertThat(aanbiederAsGemeente.statusCode()).isEqualTo(422);
        assertThat(aanbiederAsGemeente.body()).contains("HUB-ROL");
    }

    @Test
    void anAanbiederWithoutAContractCannotSendToTheGemeente() throws Exception {
        // 42420001 holds contracts with 0384 only; 65656055 none with 1992 (12345678, which holds none
        // at all, is the rate-limited partner of the shared test hub: HostileInputScenarios floods it)
        HttpResponse<String> toOther = post(jw315("42420001", "0363"), "demo-42420001");
        HttpResponse<String> noContract = post(jw315("65656055", "1992"), "demo-65656055");
        HttpResponse<String> contracted = post(jw315("42420001", "0384"), "demo-42420001");

        assertThat(toOther.statusCode()).isEqualTo(422);
        assertThat(toOther.body()).contains("HUB-AUTORISATIE-CONTRACT");
        assertThat(noContract.statusCode()).isEqualTo(422);
        assertThat(noContract.body()).contains("HUB-AUTORISATIE-CONTRACT");
        assertThat(contracted.statusCode()).as(contracted.body()).isEqualTo(202);
    }

    /** The JW301 sample from this gemeente, with its own Identificatie. */
    private static String jw301(String gemeente, String identificatie) throws Exception {
        return sample("ijw/3.2/berichten/JW301.xml", identificatie)
                .replace("<jw301:Afzender>0384</jw301:Afzender>", "<jw301:Afzender>" + gemeente + "</jw301:Afzender>")
                .replace("999900006", uniqueBsn());
    }

    private static String jw315(String aanbieder, String gemeente) throws Exception {
        return sample("ijw/3.2/berichten/JW315.xml", uniqueId())
                .replace(
                        "<jw315:Afzender>42420001</jw315:Afzender>",
                        "<jw315:Afzender>" + aanbieder + "</jw315:Afzender>")
                .replace(
                        "<jw315:Ontvanger>0384</jw315:Ontvanger>",
                        "<jw315:Ontvanger>" + gemeente + "</jw315:Ontvanger>")
                .replace("999900006", uniqueBsn())
                // the published sample has a 31st of June
                .replace("2027-06-31", "2027-06-30");
    }
}
