package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail and data protection through the running hub: a search by BSN, a replay and a
 * partner's view land in the trail (by keyed hash, never the BSN); the trail verifies; a purged
 * payload answers 410; a bad BSN is not echoed to its sender.
 */
abstract class AuditScenarios extends MonitoringScenarios {

    @Autowired
    JdbcTemplate jdbc;

    HttpResponse<String> send(String method, String path, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", "Bearer " + token)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<JsonNode> entries(JsonNode page) {
        return page.get("entries").valueStream().toList();
    }

    @Test
    void searchByBsnReplayAndPartnerViewsAreInTheTrailWithoutTheBsn() throws Exception {
        Fresh301 fresh = fresh301();
        UUID id = delivered301(fresh);

        assertThat(get("/api/berichten?bsn=" + fresh.bsn(), OPERATOR).statusCode())
                .isEqualTo(200);
        HttpResponse<String> replay = postOperator("/api/berichten/" + id + "/replay?force=true", null);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
        assertThat(get("/api/berichten/" + id + "/payload", "demo-0384").statusCode())
                .isEqualTo(200);

        HttpResponse<String> trail = get("/api/admin/audit?bsn=" + fresh.bsn(), ADMIN);

        assertThat(trail.statusCode()).as(trail.body()).isEqualTo(200);
        assertThat(trail.body()).doesNotContain(fresh.bsn());
        List<JsonNode> entries = entries(json(trail));
        assertThat(entries)
                .anySatisfy(e -> {
                    assertThat(e.get("action").asString()).isEqualTo("SEARCH");
                    assertThat(e.get("actor").asString()).isEqualTo("operator");
                    assertThat(e.get("target").asString()).isEqualTo("bsn");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asString()).isEqualTo("REPLAY_FORCED");
                    assertThat(e.get("actor").asString()).isEqualTo("operator");
                    assertThat(e.get("target").asString()).isEqualTo(id.toString());
                    assertThat(e.get("onBehalfOf").asString()).isEqualTo("0384");
                    assertThat(e.get("outcome").asString()).startsWith("REPLAYED as ");
                })
                .anySatisfy(e -> {
                    assertThat(e.get("action").asString()).isEqualTo("VIEW_PAYLOAD");
                    assertThat(e.get("actor").asString()).isEqualTo("0384");
                });
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.get("clientHash").asString()).matches("[0-9a-f]{64}"));

        JsonNode verification = json(get("/api/admin/audit/verify", ADMIN));
        assertThat(verification.get("intact").asBoolean())
                .as(verification.toString())
                .isTrue();
        assertThat(verification.get("entries").asLong()).isGreaterThanOrEqualTo(3);
        assertThat((String) jmx().invoke(operations.name("DataProtection"), "verifyAuditTrail", null, null))
                .startsWith("INTACT");
    }

    @Test
    void onlyAdministratorsReadTheTrail() throws Exception {
        assertThat(get("/api/admin/audit", OPERATOR).statusCode()).isEqualTo(403);
        assertThat(getWithout("/api/admin/audit/verify").statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/admin/retention/purge", "demo-0384").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aPurgedPayloadAnswersGoneWhileTheMessageStays() throws Exception {
        UUID id = delivered301(fresh301());
        jdbc.update(
                "update bericht set received_at = ? where id = ?",
                Instant.now().minus(3 * 365, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC),
                id);

        HttpResponse<String> purge = send("POST", "/api/admin/retention/purge", ADMIN);

        assertThat(purge.statusCode()).as(purge.body()).isEqualTo(200);
        assertThat(json(purge).get("purged").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(get("/api/berichten/" + id + "/payload", "demo-0384").statusCode())
                .isEqualTo(410);
        HttpResponse<String> view = get("/api/berichten/" + id, "demo-0384");
        assertThat(view.statusCode()).isEqualTo(200);
        assertThat(json(view).get("payloadPurgedAt").isNull()).isFalse();
        assertThat(json(view).get("status").asString()).isEqualTo("DELIVERED");
        assertThat(json(postOperator("/api/berichten/" + id + "/replay?force=true", null))
                        .get("outcome")
                        .asString())
                .isEqualTo("REFUSED");
    }

    @Test
    void aMalformedBsnIsNotEchoedInTheRejection() throws Exception {
        String badBsn = uniqueBsn().substring(0, 8);
        Fresh301 fresh = fresh301();

        HttpResponse<String> response = post(fresh.xml().replace(fresh.bsn(), badBsn), "demo-0384");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("XSD").doesNotContain(badBsn);
    }

    @Test
    void aBsnFailingTheElfproefIsNotEchoedInTheFindings() throws Exception {
        Fresh301 fresh = fresh301();
        String bsn = fresh.bsn();
        String wrong = bsn.substring(0, 8) + (char) ('0' + (bsn.charAt(8) - '0' + 1) % 10);

        HttpResponse<String> response = post(fresh.xml().replace(bsn, wrong), "demo-0384");
        assertThat(response.body()).doesNotContain(wrong);
        UUID id = idOf(response.body());
        if (response.statusCode() == 202) {
            awaitStatus(id, Bericht.Status.REJECTED);
        }

        HttpResponse<String> view = get("/api/berichten/" + id, "demo-0384");
        assertThat(view.body()).contains("CS002").doesNotContain(wrong);
    }

    @Test
    void administrativeActionsAreInTheTrail() throws Exception {
        assertThat(postOperator("/api/admin/partners/12345678/pause", null).statusCode())
                .isEqualTo(200);
        assertThat(postOperator("/api/admin/partners/12345678/resume", null).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/admin/config", ADMIN).statusCode()).isEqualTo(200);

        List<JsonNode> entries = entries(json(get("/api/admin/audit?actor=operator&size=50", ADMIN)));
        List<JsonNode> admins = entries(json(get("/api/admin/audit?actor=admin&size=50", ADMIN)));

        assertThat(entries)
                .extracting(
                        e -> e.get("action").asString() + " " + e.get("target").asString())
                .contains("PAUSE_CHANNEL 12345678", "RESUME_CHANNEL 12345678");
        assertThat(admins)
                .extracting(
                        e -> e.get("action").asString() + " " + e.get("target").asString())
                .contains("VIEW_CONFIG config");
        assertThat(entries(json(get("/api/admin/audit?actor=system&size=500", ADMIN))))
                .anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("BSN_KEY_IN_USE"));
    }
}
