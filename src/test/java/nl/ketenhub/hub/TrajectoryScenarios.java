package nl.ketenhub.hub;

import static nl.ketenhub.declaratie.Declaratie323Xml.declaratie;
import static nl.ketenhub.declaratie.Declaratie323Xml.prestatie;
import static nl.ketenhub.hub.VerzoekScenarios.jw301;
import static nl.ketenhub.hub.VerzoekScenarios.jw302;
import static nl.ketenhub.hub.VerzoekScenarios.jw315;
import static nl.ketenhub.hub.VerzoekScenarios.jw319;
import static nl.ketenhub.hub.VerzoekScenarios.today;
import static nl.ketenhub.regie.RegieBerichten.start;
import static nl.ketenhub.regie.RegieBerichten.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Prestatie;
import nl.ketenhub.canonical.PrestatieRepository;
import nl.ketenhub.canonical.RegieEvent;
import nl.ketenhub.canonical.RegieEventRepository;
import nl.ketenhub.canonical.Toewijzing;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import nl.ketenhub.regie.RegieBerichten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One whole iJw trajectory through the running hub, aanbieder 42420001 and gemeente 0384 (both on
 * JMS): 315 (hub answers 316) → 319 in onderzoek → 301 honouring the request → 302 → 305 (306) →
 * 323 (325) → 307 temporary (308) → 305 (306) → 307 definitive (308). Every hop is checked on the
 * partners' queues and in the canonical data set. The toewijzing runs April-July 2026, so the
 * declaration of April and the regie dates lie in the past. Every 323 here claims April 2026, like
 * the other scenarios of the shared hub: TR318 refuses a DeclaratiePeriode before the last one.
 */
abstract class TrajectoryScenarios extends HubTestSupport {

    private static final String AANBIEDER = "demo-42420001";
    private static final String GEMEENTE = "demo-0384";
    private static final String AANBIEDER_OUT = "ketenhub.42420001.out";
    private static final String GEMEENTE_OUT = "ketenhub.0384.out";

    @Autowired
    VerzoekRepository verzoeken;

    @Autowired
    ToewijzingRepository toewijzingen;

    @Autowired
    ToewijzingVersieRepository versies;

    @Autowired
    RegieEventRepository regie;

    @Autowired
    PrestatieRepository prestaties;

    @Test
    void aVotInOnderzoekIsHonouredStartedDeclaredStoppedRestartedAndStopped() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String referentie = "VOT-" + uniqueId();

        // 315 -> 316 to the aanbieder, the 315 to the gemeente; the request is pending
        String votId = uniqueId();
        String vot = jw315(votId, bsn, referentie, "2026-04-01", "2026-07-31");
        heen(vot, AANBIEDER, votId, AANBIEDER_OUT, "jw316", GEMEENTE_OUT);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.PENDING);

        // 319 (2, in onderzoek) -> forwarded to the aanbieder
        String antwoordId = uniqueId();
        String antwoord = jw319(antwoordId, referentie, "2", null);
        UUID antwoordBericht = idOf(post(antwoord, GEMEENTE).body());
        assertThat(awaitOnQueue(AANBIEDER_OUT, antwoordId)).isEqualTo(antwoord);
        awaitStatus(antwoordBericht, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.IN_ONDERZOEK);

        // 301 honouring the request -> forwarded to the aanbieder; the request is toegewezen
        String toewijzingId = uniqueId();
        String toewijzing = jw301(toewijzingId, bsn, nummer, referentie, "10:00:00", "2026-04-01", "2026-07-31");
        UUID toewijzingBericht = idOf(post(toewijzing, GEMEENTE).body());
        assertThat(awaitOnQueue(AANBIEDER_OUT, toewijzingId)).isEqualTo(toewijzing);
        awaitStatus(toewijzingBericht, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.TOEGEWEZEN);
        ToewijzingVersie versie = current(nummer);
        assertThat(versie.getEinddatum()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(versie.getReferentieAanbieder()).isEqualTo(referentie);

        // 302 approving the 301 -> forwarded to the gemeente, linked to the 301; nothing undone
        String retour = jw302(toewijzingId, today());
        UUID retourBericht = idOf(post(retour, AANBIEDER).body());
        assertThat(awaitOnQueue(GEMEENTE_OUT, toewijzingId))
                .contains("<jw302:BerichtCode>437<")
                .doesNotContain("RetourCode>");
        awaitStatus(retourBericht, Bericht.Status.DELIVERED);
        assertThat(berichten.findById(retourBericht).orElseThrow().getRelatedId())
                .isEqualTo(toewijzingBericht);
        assertThat(current(nummer).getStatus()).isEqualTo(ToewijzingVersie.Status.ACTIVE);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.TOEGEWEZEN);

        // 305 -> 306; the start is recorded
        regie(start(bsn, nummer, "2026-04-03", "1", today()), "jw306");
        assertThat(regie(nummer)).containsExactly("START 2026-04-03");

        // 323 for April -> 325 with 8001 to the aanbieder, the 323 to the gemeente; prestatie approved
        String declaratieId = uniqueId();
        String claim = declaratie(
                declaratieId, declaratieId, 5000, bsn, prestatie(declaratieId + "A", nummer, "55A11", 4, "04", 1250));
        UUID claimBericht = idOf(post(claim, AANBIEDER).body());
        assertThat(awaitOnQueue(AANBIEDER_OUT, "<ijw:Identificatie>" + declaratieId + "<"))
                .contains("<jw325:BerichtCode>491<")
                .contains(">8001<");
        assertThat(awaitOnQueue(GEMEENTE_OUT, declaratieId)).isEqualTo(claim);
        awaitStatus(claimBericht, Bericht.Status.DELIVERED);
        assertThat(prestaties.findApprovedUncredited("0384", Standaard.IJW, nummer))
                .extracting(Prestatie::getReferentienummer)
                .containsExactly(declaratieId + "A");

        // 307 temporary (20) -> 308; 305 restart -> 306; 307 definitive -> 308
        regie(stop(bsn, nummer, "2026-04-03", "20", "2026-05-01", today()), "jw308");
        regie(start(bsn, nummer, "2026-05-15", "1", today()), "jw306");
        regie(stop(bsn, nummer, "2026-05-15", "31", "2026-06-30", today()), "jw308");
        assertThat(regie(nummer))
                .containsExactly(
                        "START 2026-04-03",
                        "STOP 2026-04-03 20 2026-05-01",
                        "START 2026-05-15",
                        "STOP 2026-05-15 31 2026-06-30");
    }

    @Test
    void a302RejectingTheHonouring301PutsTheRequestBackInOnderzoek() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String referentie = "VOT-" + uniqueId();
        String votId = uniqueId();
        heen(
                jw315(votId, bsn, referentie, "2026-04-01", "2026-07-31"),
                AANBIEDER,
                votId,
                AANBIEDER_OUT,
                "jw316",
                GEMEENTE_OUT);
        String antwoordId = uniqueId();
        post(jw319(antwoordId, referentie, "2", null), GEMEENTE);
        awaitOnQueue(AANBIEDER_OUT, antwoordId);
        String toewijzingId = uniqueId();
        UUID toewijzingBericht = idOf(
                post(jw301(toewijzingId, bsn, nummer, referentie, "10:00:00", "2026-04-01", "2026-07-31"), GEMEENTE)
                        .body());
        awaitOnQueue(AANBIEDER_OUT, toewijzingId);
        awaitStatus(toewijzingBericht, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.TOEGEWEZEN);

        UUID retour = idOf(post(jw302(toewijzingId, today(), "8848"), AANBIEDER).body());

        assertThat(awaitOnQueue(GEMEENTE_OUT, toewijzingId)).contains(">8848<");
        awaitStatus(retour, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.IN_ONDERZOEK);
        assertThat(versies.findByBerichtId(toewijzingBericht))
                .extracting(ToewijzingVersie::getStatus)
                .containsOnly(ToewijzingVersie.Status.REJECTED_BY_RECEIVER);

        // the 301 counts as never sent: the gemeente may still reject the request (TR359 passes)
        String afwijzingId = uniqueId();
        UUID afwijzing =
                idOf(post(jw319(afwijzingId, referentie, "1", "7"), GEMEENTE).body());
        awaitOnQueue(AANBIEDER_OUT, afwijzingId);
        awaitStatus(afwijzing, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.AFGEWEZEN);
    }

    @Test
    void afterDeclarationsDeletingAToewijzingGets9385AndShorteningItIsDelivered() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        delivered(bsn, nummer, "09:00:00", "2026-04-01", "2026-07-31", null);
        String april = uniqueId();
        post(declaratie(april, april, 5000, bsn, prestatie(april + "A", nummer, "55A11", 4, "04", 1250)), AANBIEDER);
        assertThat(awaitOnQueue(AANBIEDER_OUT, "<ijw:Identificatie>" + april + "<"))
                .contains(">8001<");

        // deleting (RedenWijziging 13) a toewijzing with an approved prestatie: TR385, the aanbieder gets nothing
        String verwijderId = uniqueId();
        UUID verwijder =
                idOf(post(toewijzing(verwijderId, bsn, nummer, "10:00:00", "2026-04-01", "2026-04-01", "13"), GEMEENTE)
                        .body());
        awaitStatus(verwijder, Bericht.Status.REJECTED);
        assertThat(awaitOnQueue(GEMEENTE_OUT, verwijderId))
                .contains("<jw302:BerichtCode>437<")
                .contains(">9385<");
        assertNothingOnQueueFor(AANBIEDER_OUT, verwijderId);
        assertThat(current(nummer).getEinddatum()).isEqualTo(LocalDate.of(2026, 7, 31));

        // shortening it to before the end of the declared April: no rule of the standard forbids it
        // (only deletion, TR385; OP186 asks for the aanbieder's agreement outside the exchange)
        delivered(bsn, nummer, "11:00:00", "2026-04-01", "2026-04-15", "05");
        assertThat(current(nummer).getEinddatum()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(prestaties.findApprovedUncredited("0384", Standaard.IJW, nummer))
                .extracting(Prestatie::getReferentienummer)
                .containsExactly(april + "A");
    }

    @Test
    void aWholeMonthClaimedOnAToewijzingStartingMidMonthGets9307() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        delivered(bsn, nummer, "09:00:00", "2026-04-10", "2026-07-31", null);
        String id = uniqueId();

        post(declaratie(id, id, 5000, bsn, prestatie(id + "A", nummer, "55A11", 4, "04", 1250)), AANBIEDER);

        assertThat(awaitOnQueue(AANBIEDER_OUT, "<ijw:Identificatie>" + id + "<"))
                .contains(">9307<")
                .doesNotContain(">9308<")
                .doesNotContain(">8001<");
        assertNothingOnQueueFor(GEMEENTE_OUT, id);
        assertThat(prestaties.findApprovedUncredited("0384", Standaard.IJW, nummer))
                .isEmpty();
    }

    @Test
    void aWholeMonthClaimedOnAToewijzingEndingMidMonthGets9308() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        delivered(bsn, nummer, "09:00:00", "2026-03-01", "2026-04-20", null);
        String id = uniqueId();

        post(declaratie(id, id, 5000, bsn, prestatie(id + "A", nummer, "55A11", 4, "04", 1250)), AANBIEDER);

        assertThat(awaitOnQueue(AANBIEDER_OUT, "<ijw:Identificatie>" + id + "<"))
                .contains(">9308<")
                .doesNotContain(">9307<")
                .doesNotContain(">8001<");
        assertNothingOnQueueFor(GEMEENTE_OUT, id);
        assertThat(prestaties.findApprovedUncredited("0384", Standaard.IJW, nummer))
                .isEmpty();
    }

    /** A 301 of one 55A11 toewijzing (2 hours a week), with RedenWijziging when not null. */
    private static String toewijzing(
            String id, String bsn, long nummer, String tijd, String ingang, String eind, String redenWijziging) {
        String xml = jw301(id, bsn, nummer, null, tijd, ingang, eind);
        return redenWijziging == null
                ? xml
                : xml.replace(
                        "</jw301:Einddatum>",
                        "</jw301:Einddatum><jw301:RedenWijziging>" + redenWijziging + "</jw301:RedenWijziging>");
    }

    /** The 301 is accepted and delivered to the aanbieder. */
    private void delivered(String bsn, long nummer, String tijd, String ingang, String eind, String redenWijziging)
            throws Exception {
        String id = uniqueId();
        String xml = toewijzing(id, bsn, nummer, tijd, ingang, eind, redenWijziging);
        UUID bericht = idOf(post(xml, GEMEENTE).body());
        assertThat(awaitOnQueue(AANBIEDER_OUT, id)).isEqualTo(xml);
        awaitStatus(bericht, Bericht.Status.DELIVERED);
    }

    /** An approved heenbericht: the hub's retour without codes to the sender, the original to the receiver. */
    private void heen(String xml, String token, String id, String senderOut, String retourPrefix, String receiverOut)
            throws Exception {
        UUID berichtId = idOf(post(xml, token).body());
        assertThat(awaitOnQueue(senderOut, id))
                .contains("<" + retourPrefix + ":Bericht")
                .doesNotContain("RetourCode");
        assertThat(awaitOnQueue(receiverOut, id)).isEqualTo(xml);
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
    }

    private void regie(RegieBerichten.Message message, String retourPrefix) throws Exception {
        heen(message.xml(), AANBIEDER, message.id(), AANBIEDER_OUT, retourPrefix, GEMEENTE_OUT);
    }

    private Verzoek.State verzoek(String referentie) {
        return verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder("42420001", Standaard.IJW, referentie)
                .map(Verzoek::getState)
                .orElse(null);
    }

    private ToewijzingVersie current(long nummer) {
        Toewijzing toewijzing = toewijzingen
                .findByGemeenteAndStandaardAndToewijzingnummer("0384", Standaard.IJW, nummer)
                .orElseThrow();
        return versies.currentVersion(toewijzing).orElseThrow();
    }

    /** The recorded regie events of one toewijzing, oldest first, as "START begin" / "STOP begin reden eind". */
    private List<String> regie(long nummer) {
        return regie.findByGemeenteAndStandaardAndToewijzingnummerOrderByIdAsc("0384", Standaard.IJW, nummer).stream()
                .map(e -> e.getSoort() == RegieEvent.Soort.START
                        ? "START " + e.getBegindatum()
                        : "STOP " + e.getBegindatum() + " " + e.getRedenBeeindiging() + " " + e.getEinddatum())
                .toList();
    }
}
