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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.CanonicalRows;
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
import org.springframework.jdbc.core.JdbcTemplate;

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
    JdbcTemplate jdbc;

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
        assertSameMessage(awaitOnQueue(AANBIEDER_OUT, antwoordId), antwoord);
        awaitStatus(antwoordBericht, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.IN_ONDERZOEK);

        // 301 honouring the request -> forwarded to the aanbieder; the request is toegewezen
        String toewijzingId = uniqueId();
        String toewijzing = jw301(toewijzingId, bsn, nummer, referentie, "10:00:00", "2026-04-01", "2026-07-31");
        UUID toewijzingBericht = idOf(post(toewijzing, GEMEENTE).body());
        assertSameMessage(awaitOnQueue(AANBIEDER_OUT, toewijzingId), toewijzing);
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
        assertSameMessage(awaitOnQueue(GEMEENTE_OUT, declaratieId), claim);
        awaitStatus(claimBericht, Bericht.Status.DELIVERED);
        assertThat(new CanonicalRows(jdbc).approvedDebits("0384", nummer)).containsExactly(declaratieId + "A");

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
        assertThat(new CanonicalRows(jdbc).approvedDebits("0384", nummer)).containsExactly(april + "A");
    }

    @Test
    void aWholeMonthClaimedOnAToewijzingStartingMidMonthGets9307() throws Exception {
        aprilClaimedOn("2026-04-10", "2026-07-31", "9307", "9308");
    }

    @Test
    void aWholeMonthClaimedOnAToewijzingEndingMidMonthGets9308() throws Exception {
        aprilClaimedOn("2026-03-01", "2026-04-20", "9308", "9307");
    }

    /** April 2026 claimed on a toewijzing with this period: rejected with one code, not the other. */
    private void aprilClaimedOn(String ingang, String eind, String code, String notCode) throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        delivered(bsn, nummer, "09:00:00", ingang, eind, null);
        String id = uniqueId();

        post(declaratie(id, id, 5000, bsn, prestatie(id + "A", nummer, "55A11", 4, "04", 1250)), AANBIEDER);

        assertThat(awaitOnQueue(AANBIEDER_OUT, "<ijw:Identificatie>" + id + "<"))
                .contains(">" + code + "<")
                .doesNotContain(">" + notCode + "<")
                .doesNotContain(">8001<");
        assertNothingOnQueueFor(GEMEENTE_OUT, id);
        assertThat(new CanonicalRows(jdbc).approvedDebits("0384", nummer)).isEmpty();
    }

    @Test
    void a320ReachesTheGemeenteAndOneWithCodesPutsTheRequestBackToPending() throws Exception {
        String referentie = "VOT-" + uniqueId();
        String votId = uniqueId();
        heen(
                jw315(votId, uniqueBsn(), referentie, "2026-04-01", "2026-07-31"),
                AANBIEDER,
                votId,
                AANBIEDER_OUT,
                "jw316",
                GEMEENTE_OUT);
        String antwoordId = uniqueId();
        UUID antwoord =
                idOf(post(jw319(antwoordId, referentie, "2", null), GEMEENTE).body());
        awaitOnQueue(AANBIEDER_OUT, antwoordId);
        awaitStatus(antwoord, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.IN_ONDERZOEK);

        UUID retour =
                idOf(post(jw320(antwoordId, referentie, "9360"), AANBIEDER).body());

        assertThat(awaitOnQueue(GEMEENTE_OUT, antwoordId))
                .contains("<jw320:BerichtCode>489<")
                .contains(">9360<");
        awaitStatus(retour, Bericht.Status.DELIVERED);
        assertThat(berichten.findById(retour).orElseThrow().getRelatedId()).isEqualTo(antwoord);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.PENDING);

        // the gemeente answers again; the aanbieder approves that 319 with a 320 without codes
        String opnieuwId = uniqueId();
        UUID opnieuw =
                idOf(post(jw319(opnieuwId, referentie, "2", null), GEMEENTE).body());
        awaitOnQueue(AANBIEDER_OUT, opnieuwId);
        awaitStatus(opnieuw, Bericht.Status.DELIVERED);
        UUID akkoord = idOf(post(jw320(opnieuwId, referentie), AANBIEDER).body());
        assertThat(awaitOnQueue(GEMEENTE_OUT, opnieuwId))
                .contains("<jw320:BerichtCode>489<")
                .doesNotContain("RetourCode");
        awaitStatus(akkoord, Bericht.Status.DELIVERED);
        assertThat(verzoek(referentie)).isEqualTo(Verzoek.State.IN_ONDERZOEK);
    }

    @Test
    void inBackendModeTheCheckedDeclarationGoesToTheGemeenteAndItsCheckedAnswerToTheAanbieder() throws Exception {
        // gemeente 0363 answers declarations itself (BACKEND); it and aanbieder 65656055 get files
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String toewijzingId = uniqueId();
        String toewijzing = van0363(jw301(toewijzingId, bsn, nummer, null, "09:00:00", "2026-04-01", "2026-07-31"));
        UUID toewijzingBericht = idOf(post(toewijzing, "demo-0363").body());
        awaitStatus(toewijzingBericht, Bericht.Status.DELIVERED);
        assertThat(awaitFile("65656055", toewijzingId)).isEqualTo(toewijzing);

        String id = uniqueId();
        String claim = aan0363(declaratie(id, id, 5000, bsn, prestatie(id + "A", nummer, "55A11", 4, "04", 1250)));
        UUID claimBericht = idOf(post(claim, "demo-65656055").body());

        // no hub 325 for a declaration that passes: the back office answers
        awaitStatus(claimBericht, Bericht.Status.DELIVERED);
        assertThat(awaitFile("0363", "<ijw:Identificatie>" + id + "<")).contains(id + "A");
        assertThat(files("65656055", "<ijw:Identificatie>" + id + "<")).isEmpty();

        String antwoordId = uniqueId();
        String antwoord = backOffice325(antwoordId, id, id);
        UUID antwoordBericht = idOf(post(antwoord, "demo-0363").body());
        awaitStatus(antwoordBericht, Bericht.Status.DELIVERED);
        assertThat(awaitFile("65656055", "<ijw:Identificatie>" + antwoordId + "<"))
                .contains(">8001<");

        // a 325 about a declaration that was never sent is not delivered (TR337)
        String onbekendId = uniqueId();
        UUID onbekend = idOf(post(backOffice325(onbekendId, "ONBEKEND" + id, id), "demo-0363")
                .body());
        awaitStatus(onbekend, Bericht.Status.REJECTED);
        assertThat(files("65656055", "<ijw:Identificatie>" + onbekendId + "<")).isEmpty();
    }

    private static String van0363(String jw301) {
        return jw301.replace("<jw301:Afzender>0384<", "<jw301:Afzender>0363<")
                .replace("<jw301:Ontvanger>42420001<", "<jw301:Ontvanger>65656055<");
    }

    private static String aan0363(String jw323) {
        return jw323.replace("<jw323:Afzender>42420001<", "<jw323:Afzender>65656055<")
                .replace("<jw323:Ontvanger>0384<", "<jw323:Ontvanger>0363<");
    }

    /** The back office's 325 approving the whole 323 (IV087: 8001, approved prestaties not echoed). */
    private static String backOffice325(String id, String declaratieId, String declaratieNummer) throws Exception {
        return Files.readString(SHARED.resolve("ijw/3.2/berichten/JW325.xml"))
                .replace("<jw325:Afzender>0384<", "<jw325:Afzender>0363<")
                .replaceFirst("<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + id + "<")
                .replaceFirst("<ijw:Dagtekening>[^<]*<", "<ijw:Dagtekening>" + today() + "<")
                .replaceFirst(
                        "(?s)<jw325:DeclaratieIdentificatie>.*?</jw325:DeclaratieIdentificatie>",
                        "<jw325:DeclaratieIdentificatie><ijw:Identificatie>" + declaratieId
                                + "</ijw:Identificatie><ijw:Dagtekening>2026-05-06</ijw:Dagtekening>"
                                + "</jw325:DeclaratieIdentificatie>")
                .replaceFirst("<jw325:RetourCode>0200<", "<jw325:RetourCode>8001<")
                .replaceFirst("<jw325:DeclaratieNummer>[^<]*<", "<jw325:DeclaratieNummer>" + declaratieNummer + "<")
                .replaceAll(
                        "(?s)<ijw:TotaalBedrag>[^<]*</ijw:TotaalBedrag>\\s*<ijw:DebetCredit>C<",
                        "<ijw:TotaalBedrag>5000</ijw:TotaalBedrag><ijw:DebetCredit>D<")
                .replaceFirst("(?s)\\s*<jw325:Clienten>.*</jw325:Clienten>", "");
    }

    /** The content of the first file delivered to the partner's outbox folder that contains the marker. */
    private String awaitFile(String partner, String marker) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> found = files(partner, marker);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no file containing " + marker + " for " + partner);
    }

    private List<String> files(String partner, String marker) throws Exception {
        Path folder = Path.of(dataDir, "outbox", partner);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var paths = Files.list(folder)) {
            List<String> found = new ArrayList<>();
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String content = Files.readString(path);
                if (content.contains(marker)) {
                    found.add(content);
                }
            }
            return found;
        }
    }

    /**
     * The aanbieder's 320 to the 319 with this Identificatie (sent today by 0384): without codes a
     * header-only approval; with a code, 0200 on the header and the code on the Antwoord (IV028).
     */
    private static String jw320(String heenId, String referentie, String... code) throws Exception {
        String xml = Files.readString(SHARED.resolve("ijw/3.2/berichten/JW320.xml"))
                .replace("<jw320:Ontvanger>65656055<", "<jw320:Ontvanger>42420001<")
                .replaceFirst("<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + heenId + "<")
                .replaceFirst("<ijw:Dagtekening>[^<]*<", "<ijw:Dagtekening>" + today() + "<")
                .replaceFirst("<jw320:IdentificatieRetour>[^<]*<", "<jw320:IdentificatieRetour>" + uniqueId() + "<")
                .replaceFirst("<jw320:DagtekeningRetour>[^<]*<", "<jw320:DagtekeningRetour>" + today() + "<")
                .replaceFirst("<jw320:ReferentieAanbieder>[^<]*<", "<jw320:ReferentieAanbieder>" + referentie + "<");
        return code.length == 0
                ? xml.replaceFirst(
                                "(?s)\\s*<jw320:RetourCodes>.*?</jw320:RetourCodes>\\s*</jw320:Header>",
                                "</jw320:Header>")
                        .replaceFirst("(?s)\\s*<jw320:Antwoord>.*</jw320:Antwoord>", "")
                : xml.replace(">9360<", ">" + code[0] + "<");
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
        assertSameMessage(awaitOnQueue(AANBIEDER_OUT, id), xml);
        awaitStatus(bericht, Bericht.Status.DELIVERED);
    }

    /** An approved heenbericht: the hub's retour without codes to the sender, the original to the receiver. */
    private void heen(String xml, String token, String id, String senderOut, String retourPrefix, String receiverOut)
            throws Exception {
        UUID berichtId = idOf(post(xml, token).body());
        assertThat(awaitOnQueue(senderOut, id))
                .contains("<" + retourPrefix + ":Bericht")
                .doesNotContain("RetourCode");
        assertSameMessage(awaitOnQueue(receiverOut, id), xml);
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
