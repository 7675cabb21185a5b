package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.Test;

/**
 * The ToewijzingScenarios with aanbieder 42420001 on the hub's JSON form: the same verdicts as in
 * XML. One test of its own shows, without PartnerEdge, that this hub's 42420001 really speaks JSON.
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
