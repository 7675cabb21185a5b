package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.Test;

/**
 * The ToewijzingScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in
 * XML. Tests of its own show, without PartnerEdge, that this hub's 42420001 really speaks JSON, and
 * that the JSON aanbieder 42420002, which pulls here, reads its messages as JSON.
 */
@HubOnH2WithJsonAanbieder
class HubJsonOnH2IT extends ToewijzingScenarios {

    @Test
    void theScenarioAanbiederReceivesJsonAndItsStandardXmlIsRefused() throws Exception {
        String id = uniqueId();
        String xml = sample("iwmo/3.2/berichten/WMO301.xml", id);

        post(xml, "demo-0384");

        assertThat(rawOnQueue("ketenhub.42420001.out", id)).startsWith("{").contains("\"berichttype\" : \"wmo301\"");
        HttpResponse<String> asXml = http.send(
                HttpRequest.newBuilder(uri("/api/berichten"))
                        .header("Authorization", "Bearer demo-42420001")
                        .header("Content-Type", "application/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(sample("ijw/3.2/berichten/JW302.xml", uniqueId())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asXml.statusCode()).isEqualTo(422);
        assertThat(asXml.body()).contains("\"rule\":\"JSON\"");
        awaitStatus(idOf(asXml.body()), Bericht.Status.REJECTED);
    }

    @Test
    void aJsonAanbiederThatPullsReadsItsMessageAsJson() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id)
                .replace("<jw301:Ontvanger>42420001<", "<jw301:Ontvanger>42420002<")
                .replace("999900006", uniqueBsn())
                .replace(">300201<", ">" + uniqueNummer() + "<")
                .replace(">300202<", ">" + uniqueNummer() + "<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");
        UUID heen = idOf(post(xml, "demo-0384").body());
        awaitTrue(() -> forwardedTo("42420002", heen).isPresent());
        UUID forwarded = forwardedTo("42420002", heen).orElseThrow();
        assertThat(get("/api/berichten/outbox", "demo-42420002").body()).contains(id);

        HttpResponse<String> pulled = get("/api/berichten/" + forwarded + "/payload", "demo-42420002");

        assertThat(pulled.statusCode()).isEqualTo(200);
        assertThat(pulled.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(pulled.body())
                .startsWith("{")
                .contains("\"berichttype\" : \"jw301\"")
                .contains(id);
        assertThat(berichten.findById(forwarded).orElseThrow().getStatus()).isNotEqualTo(Bericht.Status.DELIVERED);
        assertThat(http.send(
                                HttpRequest.newBuilder(uri("/api/berichten/outbox/" + forwarded + "/ack"))
                                        .header("Authorization", "Bearer demo-42420002")
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(204);
        awaitStatus(forwarded, Bericht.Status.DELIVERED);
    }

    private Optional<UUID> forwardedTo(String partner, UUID heen) {
        return berichten.findByRelatedIdOrderByReceivedAtAsc(heen).stream()
                .filter(b -> b.getDirection() == Bericht.Direction.OUT && partner.equals(b.getPartner()))
                .map(Bericht::getId)
                .findFirst();
    }

    private String rawOnQueue(String queue, String marker) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            Message message = jms.receive(queue);
            if (message instanceof TextMessage text && text.getText().contains(marker)) {
                return text.getText();
            }
        }
        throw new AssertionError("no message containing " + marker + " on " + queue);
    }
}
