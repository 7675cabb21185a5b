package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The operators' message browser, chain and replay over REST. */
abstract class BerichtBrowserScenarios extends MonitoringScenarios {

    @Test
    void searchFindsAMessageByIdentificatieCodeStatusPartnerAndPeriod() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Fresh301 fresh = fresh301();
        UUID in = delivered301(fresh);
        UUID forward = forwardOf(in);
        String id = fresh.identificatie();

        assertThat(ids(json(get("/api/berichten?identificatie=" + id, OPERATOR))))
                .containsExactly(forward.toString(), in.toString()); // newest first
        assertThat(ids(json(get("/api/berichten?berichtCode=436&status=DELIVERED&identificatie=" + id, OPERATOR))))
                .containsExactlyInAnyOrder(forward.toString(), in.toString());
        assertThat(ids(json(get("/api/berichten?partner=0384&identificatie=" + id, OPERATOR))))
                .containsExactly(in.toString());
        assertThat(ids(json(get("/api/berichten?partner=0384&size=200&from=" + before, OPERATOR))))
                .contains(in.toString());
        assertThat(ids(json(get("/api/berichten?identificatie=" + id + "&to=" + before, OPERATOR))))
                .isEmpty();
        assertThat(ids(json(get("/api/berichten?identificatie=" + id + "&status=REJECTED", OPERATOR))))
                .isEmpty();
    }

    @Test
    void searchFindsTheMessagesOfAToewijzingNummerAndOfAClient() throws Exception {
        Fresh301 fresh = fresh301();
        UUID in = delivered301(fresh);

        assertThat(ids(json(get("/api/berichten?toewijzingNummer=" + fresh.nummer(), OPERATOR))))
                .containsExactlyInAnyOrder(in.toString(), forwardOf(in).toString());
        HttpResponse<String> byClient = get("/api/berichten?bsn=" + fresh.bsn(), OPERATOR);
        assertThat(ids(json(byClient))).containsExactly(in.toString());
        assertThat(byClient.body()).doesNotContain(fresh.bsn());
        assertThat(ids(json(get("/api/berichten?bsn=" + uniqueBsn(), OPERATOR))))
                .doesNotContain(in.toString());
    }

    @Test
    void searchPagesNewestFirst() throws Exception {
        Fresh301 fresh = fresh301();
        UUID in = delivered301(fresh);
        String query = "/api/berichten?size=1&identificatie=" + fresh.identificatie();

        JsonNode first = json(get(query + "&page=0", OPERATOR));
        JsonNode second = json(get(query + "&page=1", OPERATOR));

        assertThat(ids(first)).containsExactly(forwardOf(in).toString());
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(ids(second)).containsExactly(in.toString());
        assertThat(second.get("more").asBoolean()).isFalse();
    }

    @Test
    void searchNeedsTheOperatorTokenAndSaneParameters() throws Exception {
        assertThat(getWithout("/api/berichten").statusCode()).isEqualTo(401);
        assertThat(get("/api/berichten", "demo-0384").statusCode()).isEqualTo(403);
        assertThat(get("/api/berichten?size=201", OPERATOR).statusCode()).isEqualTo(400);
        HttpResponse<String> badBsn = get("/api/berichten?bsn=999900007", OPERATOR);
        assertThat(badBsn.statusCode()).isEqualTo(400);
        assertThat(badBsn.body()).doesNotContain("999900007");
    }

    @Test
    void theChainShowsHeenberichtForwardRetourAndDeliveries() throws Exception {
        Fresh301 fresh = fresh301();
        UUID in = delivered301(fresh);
        UUID forward = forwardOf(in);
        UUID retour =
                idOf(post(retourFor(fresh.identificatie()), "demo-42420001").body());
        awaitStatus(retour, Bericht.Status.DELIVERED);

        JsonNode chain = json(get("/api/berichten/" + forward + "/keten", OPERATOR));

        assertThat(chain.get("heenbericht").asString()).isEqualTo(in.toString());
        assertThat(roles(chain)).contains("HEENBERICHT", "FORWARD", "RETOUR");
        assertThat(chain.get("berichten").get(0).get("id").asString()).isEqualTo(in.toString());
        JsonNode forwardLink = chain.get("berichten")
                .valueStream()
                .filter(n -> n.get("id").asString().equals(forward.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(forwardLink.get("afleveringen").get(0).get("outcome").asString())
                .isEqualTo("OK");
        assertThat(chain.get("berichten").valueStream().map(n -> n.get("id").asString()))
                .contains(retour.toString());
        assertThat(get("/api/berichten/" + UUID.randomUUID() + "/keten", OPERATOR)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void replayingADeliveredMessageIsSkippedUnlessForcedAndAForcedReplayPassesTR056() throws Exception {
        Fresh301 fresh = fresh301();
        UUID in = delivered301(fresh);
        awaitOnQueue("ketenhub.42420001.out", fresh.identificatie());

        HttpResponse<String> skipped = postOperator("/api/berichten/" + in + "/replay", null);
        assertThat(skipped.statusCode()).isEqualTo(200);
        assertThat(json(skipped).get("outcome").asString()).isEqualTo("SKIPPED");
        assertThat(berichten.findByReplayOfOrderByReceivedAtAsc(in)).isEmpty();

        HttpResponse<String> forced = postOperator("/api/berichten/" + in + "/replay?force=true", null);

        assertThat(forced.statusCode()).isEqualTo(202);
        UUID replay = UUID.fromString(json(forced).get("replay").asString());
        awaitTrue(() -> berichten
                .findById(replay)
                .map(b -> b.getStatus() != Bericht.Status.RECEIVED)
                .orElse(false));
        Bericht entry = berichten.findById(replay).orElseThrow();
        assertThat(entry.getReplayOf()).isEqualTo(in);
        assertThat(entry.isReplayForced()).isTrue();
        assertThat(entry.getStatus()).isIn(Bericht.Status.ACCEPTED, Bericht.Status.DELIVERED);
        assertThat(rules(replay)).doesNotContain("TR056");
        assertThat(roles(json(get("/api/berichten/" + in + "/keten", OPERATOR))))
                .contains("REPLAY");
    }

    @Test
    void replayingARejectedMessageRunsItAgainAsANewEntry() throws Exception {
        UUID rejected = rejected301().id();

        HttpResponse<String> response = postOperator("/api/berichten/" + rejected + "/replay", null);

        assertThat(response.statusCode()).isEqualTo(202);
        UUID replay = UUID.fromString(json(response).get("replay").asString());
        awaitStatus(replay, Bericht.Status.REJECTED);
        assertThat(berichten.findById(replay).orElseThrow().getReplayOf()).isEqualTo(rejected);
        assertThat(rules(replay)).contains("HUB-CONTRACT").doesNotContain("TR056");
        assertThat(postOperator("/api/berichten/" + UUID.randomUUID() + "/replay", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void bulkReplayByIdsAndByFilterAppliesTheSameRule() throws Exception {
        UUID delivered = delivered301(fresh301());
        UUID rejected = rejected301().id();
        Rejected byFilter = rejected301();

        JsonNode byIds =
                json(postOperator("/api/berichten/replay", "{\"ids\": [\"" + delivered + "\", \"" + rejected + "\"]}"));
        JsonNode filtered = json(postOperator(
                "/api/berichten/replay",
                "{\"filter\": {\"berichtCode\": \"436\", \"identificatie\": \"" + byFilter.identificatie() + "\"}}"));

        assertThat(byIds.get("replayed").asInt()).isEqualTo(1);
        List<String> outcomes = byIds.get("results")
                .valueStream()
                .map(r -> r.get("original").asString() + "=" + r.get("outcome").asString())
                .toList();
        assertThat(outcomes).containsExactlyInAnyOrder(delivered + "=SKIPPED", rejected + "=REPLAYED");
        assertThat(filtered.get("replayed").asInt()).isEqualTo(1);
        assertThat(filtered.get("results").get(0).get("original").asString())
                .isEqualTo(byFilter.id().toString());
        assertThat(berichten.findByReplayOfOrderByReceivedAtAsc(byFilter.id())).hasSize(1);
    }

    record Rejected(UUID id, String identificatie) {}

    /** The rules of a message's findings, as its sender 0384 sees them. */
    private List<String> rules(UUID id) throws Exception {
        return json(get("/api/berichten/" + id, "demo-0384"))
                .get("findings")
                .valueStream()
                .map(f -> f.get("rule").asString())
                .toList();
    }

    /** A 301 for the aanbieder without contract: rejected by the contract policy. */
    private Rejected rejected301() throws Exception {
        Fresh301 fresh = fresh301();
        String xml = fresh.xml()
                .replace("<jw301:Ontvanger>42420001</jw301:Ontvanger>", "<jw301:Ontvanger>12345678</jw301:Ontvanger>");
        UUID id = idOf(post(xml, "demo-0384").body());
        awaitStatus(id, Bericht.Status.REJECTED);
        return new Rejected(id, fresh.identificatie());
    }
}
