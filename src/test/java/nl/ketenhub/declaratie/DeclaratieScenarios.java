package nl.ketenhub.declaratie;

import static nl.ketenhub.declaratie.Declaratie323Xml.declaratie;
import static nl.ketenhub.declaratie.Declaratie323Xml.prestatie;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.CanonicalRows;
import nl.ketenhub.hub.HubTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 323 -> 325 through the running hub (mode HUB, gemeente 0384): a 301 is delivered to 42420001
 * first (fresh BSN and ToewijzingNummers: 55A11 at 2 hours a week and 55A12 at 2 dagdelen a week,
 * April-July 2026; the demo contract names no tariff for them, so TR418 is covered by unit tests); then 42420001 declares April 2026. All 323s of
 * every test claim April 2026, so TR318 never sees an earlier month.
 */
public abstract class DeclaratieScenarios extends HubTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    private record Toewijzingen(String bsn, long uren, long dagdelen) {}

    @Test
    void aCorrectDeclarationIsApprovedWith8001AndForwarded() throws Exception {
        Toewijzingen t = delivered301();
        String id = uniqueId();
        String xml = declaratie(id, id, 5000, t.bsn(), uren(id + "A", t, 4));

        UUID berichtId = idOf(post(xml, "demo-42420001").body());

        String antwoord = awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + id + "<");
        assertThat(antwoord)
                .contains("<jw325:BerichtCode>491<")
                .contains(">8001<")
                .doesNotContain("<jw325:Clienten>");
        assertSameMessage(awaitOnQueue("ketenhub.0384.out", id), xml);
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
        assertThat(new CanonicalRows(jdbc).approvedDebits("0384", t.uren())).isNotEmpty();
    }

    @Test
    void anOverVolumePrestatieIsRejectedWith9321AndOnlyTheOtherIsForwarded() throws Exception {
        Toewijzingen t = delivered301();
        String id = uniqueId();
        // April touches 5 ISO weeks: at most 10 dagdelen; 20 is too many
        String xml = declaratie(id, id, 25000, t.bsn(), uren(id + "A", t, 4), dagdelen(id + "B", t, 20));

        post(xml, "demo-42420001");

        String antwoord = awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + id + "<");
        assertThat(antwoord).contains(">9321<").contains(id + "B").doesNotContain(id + "A<");
        assertThat(antwoord).contains("<ijw:TotaalBedrag>5000<");
        String forwarded = awaitOnQueue("ketenhub.0384.out", id);
        assertThat(forwarded).contains(id + "A").doesNotContain(id + "B").contains("<ijw:TotaalBedrag>5000<");
        assertThat(new CanonicalRows(jdbc).approvedDebits("0384", t.dagdelen())).isEmpty();
    }

    @Test
    void aCreditAndARedebitCorrectAnApprovedPrestatie() throws Exception {
        Toewijzingen t = delivered301();
        String first = uniqueId();
        post(declaratie(first, first, 5000, t.bsn(), uren(first + "A", t, 4)), "demo-42420001");
        assertThat(awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + first + "<"))
                .contains(">8001<");
        String second = uniqueId();
        String correction = declaratie(
                second,
                second,
                2500,
                t.bsn(),
                uren(second + "C", t, 4)
                        .replace(
                                "<ijw:ReferentieNummer>" + second + "C</ijw:ReferentieNummer>",
                                "<ijw:ReferentieNummer>" + second
                                        + "C</ijw:ReferentieNummer><ijw:VorigReferentieNummer>" + first
                                        + "A</ijw:VorigReferentieNummer>")
                        .replace("<ijw:DebetCredit>D</ijw:DebetCredit>", "<ijw:DebetCredit>C</ijw:DebetCredit>"),
                uren(second + "D", t, 6));

        post(correction, "demo-42420001");

        assertThat(awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + second + "<"))
                .contains(">8001<");
        assertSameMessage(awaitOnQueue("ketenhub.0384.out", second), correction);
        assertThat(new CanonicalRows(jdbc).approvedDebits("0384", t.uren())).containsExactly(second + "D");
    }

    @Test
    void aDuplicateDeclaratieNummerIsRejectedWith9333AndNotForwarded() throws Exception {
        Toewijzingen t = delivered301();
        String first = uniqueId();
        post(declaratie(first, first, 5000, t.bsn(), uren(first + "A", t, 4)), "demo-42420001");
        awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + first + "<");
        String second = uniqueId();

        UUID berichtId = idOf(post(declaratie(second, first, 5000, t.bsn(), uren(second + "A", t, 4)), "demo-42420001")
                .body());

        String antwoord = awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + second + "<");
        assertThat(antwoord).contains(">9333<").contains("<ijw:TotaalBedrag>0<");
        awaitStatus(berichtId, Bericht.Status.REJECTED);
        assertNothingOnQueueFor("ketenhub.0384.out", second);
    }

    @Test
    void the323SentTwiceIsAnsweredWithA325Carrying9056() throws Exception {
        Toewijzingen t = delivered301();
        String id = uniqueId();
        String xml = declaratie(id, id, 5000, t.bsn(), uren(id + "A", t, 4));
        post(xml, "demo-42420001");
        assertThat(awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + id + "<"))
                .contains(">8001<");

        UUID again = idOf(post(xml, "demo-42420001").body());

        String antwoord = awaitOnQueue("ketenhub.42420001.out", "<ijw:Identificatie>" + id + "<");
        assertThat(antwoord).contains("BerichtCode>491<").contains(">9056<").doesNotContain(">8001<");
        awaitStatus(again, Bericht.Status.REJECTED);
    }

    /** A 301 for a fresh client with two fresh toewijzingen, delivered to 42420001. */
    private Toewijzingen delivered301() throws Exception {
        String id = uniqueId();
        String bsn = uniqueBsn();
        long uren = uniqueNummer();
        long dagdelen = uniqueNummer();
        String xml = sample("ijw/3.2/berichten/JW301.xml", id)
                .replace("999900006", bsn)
                .replace(">300201<", ">" + uren + "<")
                .replace(">300202<", ">" + dagdelen + "<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");
        UUID berichtId = idOf(post(xml, "demo-0384").body());
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
        return new Toewijzingen(bsn, uren, dagdelen);
    }

    private static String uren(String referentie, Toewijzingen t, long uren) {
        return prestatie(referentie, t.uren(), "55A11", uren, "04", 1250);
    }

    private static String dagdelen(String referentie, Toewijzingen t, long dagdelen) {
        return prestatie(referentie, t.dagdelen(), "55A12", dagdelen, "16", 1000);
    }
}
