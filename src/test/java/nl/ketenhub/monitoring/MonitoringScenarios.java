package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.hub.HubTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every operations scenario needs: fresh 301s, the operator API, JMX attributes. Scenarios run
 * on the shared hub of their database, so counters are compared before and after.
 */
abstract class MonitoringScenarios extends HubTestSupport {

    static final String OPERATOR = "demo-operator";
    static final String ADMIN = "demo-admin";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MonitoringMBeans mbeans;

    @Autowired
    OperationsMBeans operations;

    /** A fresh JW301 from the published sample: own Identificatie, BSN and ToewijzingNummers. */
    record Fresh301(String xml, String identificatie, String bsn, long nummer) {}

    static Fresh301 fresh301() throws Exception {
        String identificatie = uniqueId();
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String xml = sample("ijw/3.2/berichten/JW301.xml", identificatie)
                .replace("999900006", bsn)
                .replace(
                        "<jw301:ToewijzingNummer>300201</jw301:ToewijzingNummer>",
                        "<jw301:ToewijzingNummer>" + nummer + "</jw301:ToewijzingNummer>")
                .replace(
                        "<jw301:ToewijzingNummer>300202</jw301:ToewijzingNummer>",
                        "<jw301:ToewijzingNummer>" + uniqueNummer() + "</jw301:ToewijzingNummer>")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");
        return new Fresh301(xml, identificatie, bsn, nummer);
    }

    /** Posts a fresh 301 as 0384 and waits until its forward reached 42420001. */
    UUID delivered301(Fresh301 fresh) throws Exception {
        HttpResponse<String> response = post(fresh.xml(), "demo-0384");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        UUID id = idOf(response.body());
        awaitStatus(id, Bericht.Status.DELIVERED);
        return id;
    }

    /** The JW302 sample answering the 301 with this Identificatie (sent by 42420001). */
    static String retourFor(String identificatie) throws Exception {
        return Files.readString(SHARED.resolve("ijw/3.2/berichten/JW302.xml"))
                .replaceFirst(
                        "<ijw:Identificatie>[^<]*</ijw:Identificatie>",
                        "<ijw:Identificatie>" + identificatie + "</ijw:Identificatie>")
                .replaceFirst(
                        "<ijw:Dagtekening>[^<]*</ijw:Dagtekening>", "<ijw:Dagtekening>2026-04-01</ijw:Dagtekening>");
    }

    UUID forwardOf(UUID inbound) {
        return berichten.findByRelatedIdOrderByReceivedAtAsc(inbound).stream()
                .filter(b -> b.getDirection() == Bericht.Direction.OUT)
                .map(Bericht::getId)
                .findFirst()
                .orElseThrow();
    }

    JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    HttpResponse<String> postOperator(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + OPERATOR);
        request = json == null
                ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> getWithout(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    MBeanServer jmx() {
        return mbeans.server();
    }

    ObjectName counters(String berichtCode, Bericht.Direction direction) throws Exception {
        return mbeans.name("type=Berichten,berichtCode=" + berichtCode + ",direction=" + direction);
    }

    ObjectName channel(String partner) {
        return operations.name("PartnerChannel:" + partner);
    }

    long attr(ObjectName name, String attribute) throws Exception {
        return ((Number) jmx().getAttribute(name, attribute)).longValue();
    }

    static List<String> ids(JsonNode page) {
        return page.get("berichten")
                .valueStream()
                .map(n -> n.get("id").asString())
                .toList();
    }

    static Set<String> roles(JsonNode chain) {
        return Set.copyOf(chain.get("berichten")
                .valueStream()
                .map(n -> n.get("role").asString())
                .toList());
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }
}
