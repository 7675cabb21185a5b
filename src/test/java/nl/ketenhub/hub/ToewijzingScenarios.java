package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole path on the real embedded broker and a real database: the published WMO301 and JW301
 * over every intake channel to the aanbieder's queue and outbox, and the rejections of issue #2.
 * Subclasses choose the database (@HubOnH2, @HubOnPostgres).
 */
abstract class ToewijzingScenarios extends HubTestSupport {

    @Autowired
    ToewijzingVersieRepository versies;

    @Autowired
    VerzoekRepository verzoeken;

    @Autowired
    Clients clients;

    @BeforeEach
    void requestsTheSamplesHonour() {
        // the samples' 301s honour requests (ReferentieAanbieder, TR379): the hub has seen them
        seedVerzoek(Standaard.IJW, "40A12341234");
        seedVerzoek(Standaard.IJW, "40A12341235");
        seedVerzoek(Standaard.IWMO, "42420002");
    }

    @Test
    void jw301OverHttpReachesTheAanbiedersQueueAndOutbox() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id)
                .replace("999900006", uniqueBsn())
                .replace(">300201<", ">" + uniqueNummer() + "<")
                .replace(">300202<", ">" + uniqueNummer() + "<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");

        HttpResponse<String> response = post(xml, "demo-0384");

        assertThat(response.statusCode()).isEqualTo(202);
        UUID berichtId = idOf(response.body());
        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), xml);
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
        assertThat(get("/api/berichten/outbox", "demo-42420001").body()).contains(id);
        assertThat(versies.findByBerichtId(berichtId)).hasSize(2);
    }

    @Test
    void theAanbiederReadsWhatItReceivesInItsOwnFormTheGemeenteWhatItSentAsStored() throws Exception {
        String id = uniqueId();
        String xml = sample("iwmo/3.2/berichten/WMO301.xml", id);
        UUID heen = idOf(post(xml, "demo-0384").body());
        awaitOnQueue("ketenhub.42420001.out", id);
        awaitStatus(heen, Bericht.Status.DELIVERED);
        UUID forwarded = berichten.findByRelatedIdOrderByReceivedAtAsc(heen).stream()
                .filter(b -> b.getDirection() == Bericht.Direction.OUT && "42420001".equals(b.getPartner()))
                .findFirst()
                .orElseThrow()
                .getId();

        assertSameMessage(pulled("/api/berichten/" + forwarded + "/payload", "demo-42420001"), xml);
        HttpResponse<String> asSent = get("/api/berichten/" + heen + "/payload", "demo-0384");
        assertThat(asSent.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(asSent.body()).isEqualTo(xml);
    }

    @Test
    void wmo301OverJmsReachesTheAanbiedersQueue() throws Exception {
        String id = uniqueId();
        String xml = sample("iwmo/3.2/berichten/WMO301.xml", id);

        jms.send("ketenhub.0384.in", session -> session.createTextMessage(xml));

        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), xml);
    }

    @Test
    void jw301OverTheFileDropReachesTheAanbiedersQueue() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id);
        Path inbox = Path.of(dataDir, "inbox", "0384");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("jw301-" + id + ".xml"), xml, StandardCharsets.UTF_8);

        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), xml);
        assertThat(inbox.resolve("jw301-" + id + ".xml")).doesNotExist();
    }

    @Test
    void wmo301OverHttpReachesTheAanbiedersQueue() throws Exception {
        String id = uniqueId();
        String xml = sample("iwmo/3.2/berichten/WMO301.xml", id);

        assertThat(post(xml, "demo-0384").statusCode()).isEqualTo(202);

        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), xml);
    }

    @Test
    void wmo301OverTheFileDropReachesTheAanbiedersQueue() throws Exception {
        String id = uniqueId();
        String xml = sample("iwmo/3.2/berichten/WMO301.xml", id);
        Path inbox = Path.of(dataDir, "inbox", "0384");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("wmo301-" + id + ".xml"), xml, StandardCharsets.UTF_8);

        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), xml);
    }

    @Test
    void jw301OverJmsReachesTheAanbiedersQueue() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id);

        jms.send("ketenhub.0384.in", session -> session.createTextMessage(xml));

        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), xml);
    }

    @Test
    void aJmsMessageTheHubRefusesIsAnsweredWithTheRejectionDocument() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id).replace("<jw301:Geslacht>1</jw301:Geslacht>", "");

        jms.send("ketenhub.0384.in", session -> session.createTextMessage(xml));

        String afwijzing = awaitOnQueue("ketenhub.0384.out", id);
        assertThat(afwijzing).contains("Afwijzing").containsPattern("Regel>XSD</");
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void aFileTheHubRefusesMovesToTheErrorFolderWithItsReason() throws Exception {
        Path inbox = Path.of(dataDir, "inbox", "0384");
        Files.createDirectories(inbox);
        String name = "broken-" + uniqueId() + ".xml";
        Files.writeString(inbox.resolve(name), "<not-xml", StandardCharsets.UTF_8);

        Path reason = inbox.resolve(".error").resolve(name + ".reason.txt");
        awaitTrue(() ->
                Files.exists(reason) && Files.exists(inbox.resolve(".error").resolve(name)));
        assertThat(Files.readString(reason)).contains("XML");
    }

    @Test
    void a301ForAnAanbiederWithoutContractIsRejectedAndNeverDelivered() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id)
                .replace("<jw301:Ontvanger>42420001</jw301:Ontvanger>", "<jw301:Ontvanger>12345678</jw301:Ontvanger>")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");

        UUID berichtId = idOf(post(xml, "demo-0384").body());

        awaitStatus(berichtId, Bericht.Status.REJECTED);
        assertThat(get("/api/berichten/" + berichtId, "demo-0384").body()).contains("HUB-CONTRACT");
        String afwijzing = awaitOnQueue("ketenhub.0384.out", berichtId.toString());
        assertThat(afwijzing).contains("Afwijzing").contains("HUB-CONTRACT");
        assertThat(get("/api/berichten/outbox", "demo-12345678").body()).doesNotContain(id);
    }

    @Test
    void a301WithABsnFailingTheElfproefIsAnsweredWith0001() throws Exception {
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id).replace("999900006", "999900007");

        UUID berichtId = idOf(post(xml, "demo-0384").body());

        awaitStatus(berichtId, Bericht.Status.REJECTED);
        String retour = awaitOnQueue("ketenhub.0384.out", id);
        assertThat(retour)
                .contains("<jw302:BerichtCode>437</jw302:BerichtCode>")
                .contains(">0001<");
        assertThat(get("/api/berichten/" + berichtId, "demo-0384").body())
                .contains("\"rule\":\"CS002\"")
                .doesNotContain("999900007");
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void a301ReusingAToewijzingNummerForAnotherClientIsAnsweredWith9332() throws Exception {
        String first = uniqueId();
        post(sample("ijw/3.2/berichten/JW301.xml", first), "demo-0384");
        awaitOnQueue("ketenhub.42420001.out", first);
        String id = uniqueId();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id)
                .replace("999900006", "999900018")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");

        UUID berichtId = idOf(post(xml, "demo-0384").body());

        awaitStatus(berichtId, Bericht.Status.REJECTED);
        String retour = awaitOnQueue("ketenhub.0384.out", id);
        assertThat(retour).contains(">9332<").contains(">0200<");
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void aMessageWhoseAfzenderIsNotTheCallerIsRefused() throws Exception {
        String id = uniqueId();
        HttpResponse<String> response = post(sample("ijw/3.2/berichten/JW301.xml", id), "demo-0363");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("HUB-AFZENDER");
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorised() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/berichten"))
                        .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a302WithRetourCodesMarksTheToewijzingAsNeverSentAndReachesTheGemeente() throws Exception {
        String id = uniqueId();
        UUID heen = idOf(
                post(sample("ijw/3.2/berichten/JW301.xml", id), "demo-0384").body());
        awaitStatus(heen, Bericht.Status.DELIVERED);
        String retour = Files.readString(SHARED.resolve("ijw/3.2/berichten/JW302.xml"))
                .replaceFirst(
                        "<ijw:Identificatie>[^<]*</ijw:Identificatie>",
                        "<ijw:Identificatie>" + id + "</ijw:Identificatie>")
                .replaceFirst(
                        "<ijw:Dagtekening>[^<]*</ijw:Dagtekening>", "<ijw:Dagtekening>2026-04-01</ijw:Dagtekening>");

        UUID answer = idOf(post(retour, "demo-42420001").body());

        awaitStatus(answer, Bericht.Status.DELIVERED);
        assertThat(awaitOnQueue("ketenhub.0384.out", id)).contains("<jw302:BerichtCode>437</jw302:BerichtCode>");
        assertThat(berichten.findById(answer).orElseThrow().getRelatedId()).isEqualTo(heen);
        assertThat(versies.findByBerichtId(heen))
                .isNotEmpty()
                .allMatch(v -> v.getStatus() == ToewijzingVersie.Status.REJECTED_BY_RECEIVER);
    }

    private void seedVerzoek(Standaard standaard, String referentie) {
        if (verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder("42420001", standaard, referentie)
                .isEmpty()) {
            long client = clients.findOrCreate("0384", standaard, "999900006");
            verzoeken.save(new Verzoek(
                    "42420001", "0384", standaard, referentie, client, Verzoek.Soort.VOT, UUID.randomUUID()));
        }
    }
}
