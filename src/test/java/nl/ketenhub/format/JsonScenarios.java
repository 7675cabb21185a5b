package nl.ketenhub.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.hub.HubTestSupport;
import nl.ketenhub.partner.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lifecycle scenarios run twice: by aanbieder 42420001 in the standard XML and by 42420002, the same
 * aanbieder on the hub's JSON form (same contracts). The JSON aanbieder posts JSON and receives its
 * forwarded messages and retours as JSON; both runs must end in the same verdict: the same status
 * and the same retourcodes, and the gemeente receives the same standard message.
 */
abstract class JsonScenarios extends HubTestSupport {

    private static final String GEMEENTE_OUT = "ketenhub.0384.out";
    private static final Aanbieder XML = new Aanbieder("42420001", false);
    private static final Aanbieder JSON = new Aanbieder("42420002", true);

    @Autowired
    Formats formats;

    @Autowired
    PartnerDirectory partners;

    /** An aanbieder of the demo configuration and whether it speaks JSON. */
    private record Aanbieder(String code, boolean json) {
        String token() {
            return "demo-" + code;
        }

        String out() {
            return "ketenhub." + code + ".out";
        }
    }

    /** What the hub made of a message: its status, the retourcodes of the answer, what was forwarded. */
    private record Verdict(Bericht.Status status, List<String> retourcodes, boolean forwarded) {}

    @Test
    void a301IsForwardedToTheJsonAanbiederAsJson() throws Exception {
        for (Aanbieder aanbieder : List.of(XML, JSON)) {
            String id = uniqueId();
            String xml = toewijzing(aanbieder, id, uniqueBsn(), uniqueNummer(), uniqueNummer());

            UUID berichtId = idOf(post(xml, "demo-0384").body());

            String received = awaitOnQueue(aanbieder.out(), id);
            awaitStatus(berichtId, Bericht.Status.DELIVERED);
            assertThat(received.startsWith("{")).isEqualTo(aanbieder.json());
            if (aanbieder.json()) {
                assertThat(received).contains("\"berichttype\" : \"jw301\"");
            }
            assertSimilarXml(standard(aanbieder, received), xml);
        }
    }

    @Test
    void a305StartIsApprovedWithA306AndForwardedInBothForms() throws Exception {
        List<Verdict> verdicts = new ArrayList<>();
        for (Aanbieder aanbieder : List.of(XML, JSON)) {
            String bsn = uniqueBsn();
            long nummer = uniqueNummer();
            deliver301(aanbieder, bsn, nummer, uniqueNummer());
            String id = uniqueId();
            String start = regie(aanbieder, "jw305.xml", id, bsn, nummer)
                    .replace("{begindatum}", "2026-04-03")
                    .replace("{status}", "1");

            verdicts.add(verdict(aanbieder, id, start, "jw306"));
        }
        assertThat(verdicts.get(0)).isEqualTo(new Verdict(Bericht.Status.DELIVERED, List.of(), true));
        assertThat(verdicts.get(1)).isEqualTo(verdicts.get(0));
    }

    @Test
    void a323IsAnsweredWithA325Approving8001InBothForms() throws Exception {
        List<Verdict> verdicts = new ArrayList<>();
        for (Aanbieder aanbieder : List.of(XML, JSON)) {
            String bsn = uniqueBsn();
            long uren = uniqueNummer();
            deliver301(aanbieder, bsn, uren, uniqueNummer());
            String id = uniqueId();

            verdicts.add(verdict(aanbieder, id, declaratie(aanbieder, id, bsn, uren), "jw325"));
        }
        assertThat(verdicts.get(0)).isEqualTo(new Verdict(Bericht.Status.DELIVERED, List.of("0200", "8001"), true));
        assertThat(verdicts.get(1)).isEqualTo(verdicts.get(0));
    }

    @Test
    void aStartWithoutToewijzingIsAnsweredWith9019InBothForms() throws Exception {
        List<Verdict> verdicts = new ArrayList<>();
        for (Aanbieder aanbieder : List.of(XML, JSON)) {
            String id = uniqueId();
            String start = regie(aanbieder, "jw305.xml", id, uniqueBsn(), uniqueNummer())
                    .replace("{begindatum}", "2026-04-03")
                    .replace("{status}", "1");

            verdicts.add(verdict(aanbieder, id, start, "jw306"));
        }
        assertThat(verdicts.get(0))
                .isEqualTo(new Verdict(Bericht.Status.REJECTED, List.of("0200", "9019", "0200"), false));
        assertThat(verdicts.get(1)).isEqualTo(verdicts.get(0));
    }

    @Test
    void jsonOverJmsIsTranslatedAndAnsweredInJson() throws Exception {
        String id = uniqueId();
        String start = regie(JSON, "jw305.xml", id, uniqueBsn(), uniqueNummer())
                .replace("{begindatum}", "2026-04-03")
                .replace("{status}", "1");

        jms.convertAndSend("ketenhub." + JSON.code() + ".in", json(start));

        String retour = awaitOnQueue(JSON.out(), id);
        assertThat(retour).startsWith("{").contains("\"berichttype\" : \"jw306\"");
        assertThat(retourcodes(standard(JSON, retour))).containsExactly("0200", "9019", "0200");
    }

    @Test
    void jsonThatIsNoMessageIsRefusedAtIntakeAndLogged() throws Exception {
        HttpResponse<String> response = postJson(
                "{\"berichttype\":\"jw305\",\"Header\":{\"Afzender\":\"42420002\",\"Bsn\":\"999900006\"}}",
                JSON.token());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("\"rule\":\"JSON\"")
                .contains("Bsn")
                .doesNotContain("999900006");
        awaitStatus(idOf(response.body()), Bericht.Status.REJECTED);
    }

    @Test
    void jsonThatBreaksAFacetOfTheStandardIsRefusedAtIntakeNamingTheElementNotTheValue() throws Exception {
        String bsn = uniqueBsn();
        String notABsn = bsn.substring(0, 8) + "X";
        String start = regie(JSON, "jw305.xml", uniqueId(), bsn, uniqueNummer())
                .replace("{begindatum}", "2026-04-03")
                .replace("{status}", "7");
        String broken = json(start).replace("\"Bsn\" : \"" + bsn + "\"", "\"Bsn\" : \"" + notABsn + "\"");

        HttpResponse<String> response = postJson(broken, JSON.token());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(rules(response.body())).containsExactly("JSON");
        assertThat(response.body())
                .contains("Client.Bsn: @Pattern")
                .contains("StartProduct[0].StatusAanlevering: @Pattern must be one of 1, 2, 3, 9")
                .doesNotContain(notABsn);
        awaitStatus(idOf(response.body()), Bericht.Status.REJECTED);
    }

    @Test
    void aMessageFromTheJsonAanbiederPassesTheSameIntakeChecks() throws Exception {
        String id = uniqueId();
        String start = regie(JSON, "jw305.xml", id, uniqueBsn(), uniqueNummer())
                .replace("{begindatum}", "2026-04-03")
                .replace("{status}", "1")
                .replace("<jw305:Afzender>42420002<", "<jw305:Afzender>42420001<");

        HttpResponse<String> response = postJson(json(start), JSON.token());

        assertThat(response.statusCode()).isEqualTo(422);
        HttpResponse<String> asXml = post(start.replace(id, uniqueId()), "demo-42420002");
        assertThat(asXml.statusCode())
                .as("a JSON partner's XML is not JSON: refused before the sender check")
                .isEqualTo(422);
        assertThat(rules(response.body())).containsExactly("HUB-AFZENDER");
    }

    /** Sends the message in the aanbieder's form, then reads what the hub answered and forwarded. */
    private Verdict verdict(Aanbieder aanbieder, String id, String xml, String retourPrefix) throws Exception {
        HttpResponse<String> response =
                aanbieder.json() ? postJson(json(xml), aanbieder.token()) : post(xml, aanbieder.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        UUID berichtId = idOf(response.body());
        String answer = standard(aanbieder, awaitOnQueue(aanbieder.out(), id));
        assertThat(answer).contains("<" + retourPrefix + ":Bericht");
        Bericht.Status status = awaitFinal(berichtId);
        boolean forwarded = false;
        if (status == Bericht.Status.DELIVERED) {
            assertSimilarXml(awaitOnQueue(GEMEENTE_OUT, id), xml);
            forwarded = true;
        } else {
            assertNothingOnQueueFor(GEMEENTE_OUT, id);
        }
        return new Verdict(status, retourcodes(answer), forwarded);
    }

    private Bericht.Status awaitFinal(UUID id) throws InterruptedException {
        awaitTrue(() -> berichten
                .findById(id)
                .map(b -> b.getStatus() == Bericht.Status.DELIVERED || b.getStatus() == Bericht.Status.REJECTED)
                .orElse(false));
        return berichten.findById(id).orElseThrow().getStatus();
    }

    private String json(String xml) {
        return new String(
                formats.of(partners.require(JSON.code())).fromStandard(xml.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    /** The standard XML of what the aanbieder received. */
    private String standard(Aanbieder aanbieder, String received) {
        if (!aanbieder.json()) {
            return received;
        }
        return new String(
                formats.of(partners.require(aanbieder.code())).toStandard(received.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    private HttpResponse<String> postJson(String json, String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/api/berichten"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void deliver301(Aanbieder aanbieder, String bsn, long uren, long dagdelen) throws Exception {
        String id = uniqueId();
        UUID berichtId = idOf(post(toewijzing(aanbieder, id, bsn, uren, dagdelen), "demo-0384")
                .body());
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
    }

    private static String toewijzing(Aanbieder aanbieder, String id, String bsn, long uren, long dagdelen)
            throws Exception {
        return sample("ijw/3.2/berichten/JW301.xml", id)
                .replace("<jw301:Ontvanger>42420001<", "<jw301:Ontvanger>" + aanbieder.code() + "<")
                .replace("999900006", bsn)
                .replace(">300201<", ">" + uren + "<")
                .replace(">300202<", ">" + dagdelen + "<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");
    }

    private static String regie(Aanbieder aanbieder, String template, String id, String bsn, long nummer)
            throws IOException {
        try (InputStream in = JsonScenarios.class.getResourceAsStream("/regie/" + template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(">42420001<", ">" + aanbieder.code() + "<")
                    .replace("{id}", id)
                    .replace("{dagtekening}", "2026-04-05")
                    .replace("{bsn}", bsn)
                    .replace("{nummer}", Long.toString(nummer));
        }
    }

    /** A 323 for April 2026: 4 hours of 55A11 at 12.50 on the given toewijzing. */
    private static String declaratie(Aanbieder aanbieder, String id, String bsn, long nummer) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <jw323:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw323="http://www.istandaarden.nl/ijw/3_2/jw323/schema">
                  <jw323:Header>
                    <jw323:BerichtCode>490</jw323:BerichtCode>
                    <jw323:BerichtVersie>3</jw323:BerichtVersie>
                    <jw323:BerichtSubversie>2</jw323:BerichtSubversie>
                    <jw323:Afzender>%s</jw323:Afzender>
                    <jw323:Ontvanger>0384</jw323:Ontvanger>
                    <jw323:BerichtIdentificatie><ijw:Identificatie>%s</ijw:Identificatie><ijw:Dagtekening>2026-05-06</ijw:Dagtekening></jw323:BerichtIdentificatie>
                    <jw323:XsdVersie><ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></jw323:XsdVersie>
                  </jw323:Header>
                  <jw323:Declaratie>
                    <jw323:DeclaratieNummer>%s</jw323:DeclaratieNummer>
                    <jw323:DeclaratiePeriode><ijw:Begindatum>2026-04-01</ijw:Begindatum><ijw:Einddatum>2026-04-30</ijw:Einddatum></jw323:DeclaratiePeriode>
                    <jw323:DeclaratieDagtekening>2026-05-06</jw323:DeclaratieDagtekening>
                    <jw323:TotaalIngediendBedrag><ijw:TotaalBedrag>5000</ijw:TotaalBedrag><ijw:DebetCredit>D</ijw:DebetCredit></jw323:TotaalIngediendBedrag>
                    <jw323:Clienten>
                      <jw323:Client>
                        <jw323:Bsn>%s</jw323:Bsn>
                        <jw323:Prestaties>
                          <jw323:Prestatie>
                            <jw323:ProductReferentie><ijw:ReferentieNummer>%sA</ijw:ReferentieNummer></jw323:ProductReferentie>
                            <jw323:ToewijzingNummer>%d</jw323:ToewijzingNummer>
                            <jw323:ProductCategorie>55</jw323:ProductCategorie>
                            <jw323:ProductCode>55A11</jw323:ProductCode>
                            <jw323:ProductPeriode><ijw:Begindatum>2026-04-01</ijw:Begindatum><ijw:Einddatum>2026-04-30</ijw:Einddatum></jw323:ProductPeriode>
                            <jw323:GeleverdVolume>4</jw323:GeleverdVolume>
                            <jw323:Eenheid>04</jw323:Eenheid>
                            <jw323:ProductTarief>1250</jw323:ProductTarief>
                            <jw323:IngediendBedrag><ijw:Bedrag>5000</ijw:Bedrag><ijw:DebetCredit>D</ijw:DebetCredit></jw323:IngediendBedrag>
                          </jw323:Prestatie>
                        </jw323:Prestaties>
                      </jw323:Client>
                    </jw323:Clienten>
                  </jw323:Declaratie>
                </jw323:Bericht>
                """
                .formatted(aanbieder.code(), id, id, bsn, id, nummer);
    }

    private static List<String> retourcodes(String xml) {
        List<String> codes = new ArrayList<>();
        Matcher matcher = Pattern.compile(":RetourCode>([0-9]{4})<").matcher(xml);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    private static List<String> rules(String json) {
        List<String> rules = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"rule\":\"([^\"]+)\"").matcher(json);
        while (matcher.find()) {
            rules.add(matcher.group(1));
        }
        return rules;
    }
}
