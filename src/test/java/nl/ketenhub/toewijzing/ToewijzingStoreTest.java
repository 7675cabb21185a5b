package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Antwoord;
import nl.ketenhub.canonical.AntwoordRepository;
import nl.ketenhub.canonical.Toewijzing;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ToewijzingStoreTest extends ToewijzingStateTestSupport {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Autowired
    ToewijzingRepository toewijzingen;

    @Autowired
    ToewijzingVersieRepository versies;

    @Autowired
    VerzoekRepository verzoeken;

    @Autowired
    AntwoordRepository antwoorden;

    private Toewijzing301Builder version(String bsn, long nummer, LocalDate decided, LocalDate eind) {
        return valid301()
                .bsn(bsn)
                .product(0, p -> p.nummer(nummer).toewijzingsdatum(decided).periode(APRIL, eind))
                .product(1, p -> p.nummer(nummer + 1_000_000));
    }

    private ToewijzingVersie current(long nummer) {
        Toewijzing toewijzing = toewijzingen
                .findByGemeenteAndStandaardAndToewijzingnummer("0384", Standaard.IJW, nummer)
                .orElseThrow();
        return versies.currentVersion(toewijzing).orElseThrow();
    }

    @Test
    void aVersionWithALaterDecisionMomentBecomesCurrent() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(version(bsn, nummer, APRIL, LocalDate.of(2026, 7, 14)));
        accepted(version(bsn, nummer, MAY, LocalDate.of(2026, 9, 30)));

        assertThat(current(nummer).getEinddatum()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aVersionWithAnOlderDecisionMomentArrivingLaterDoesNotBecomeCurrent() {
        String bsn = bsn();
        long nummer = nummer();
        UUID newer = UUID.randomUUID();
        stored(version(bsn, nummer, MAY, LocalDate.of(2026, 9, 30)).build(), newer);
        stored(version(bsn, nummer, APRIL, LocalDate.of(2026, 7, 14)).build(), UUID.randomUUID());

        ToewijzingVersie current = current(nummer);
        assertThat(current.getBerichtId()).isEqualTo(newer);
        assertThat(current.getToewijzingsdatum()).isEqualTo(MAY);
        assertThat(current.getEinddatum()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(current.getToewijzing()))
                .extracting(ToewijzingVersie::getToewijzingsdatum)
                .containsExactly(APRIL, MAY);
    }

    @Test
    void a302RejectingTheHonouring301PutsTheRequestBackInOnderzoek() {
        String bsn = bsn();
        Verzoek verzoek = verzoek(bsn, "VOT-" + nummer());
        answered(verzoek, "2");
        UUID toewijzing = UUID.randomUUID();
        stored(honouring(bsn, nummer(), verzoek).build(), toewijzing);
        assertThat(state(verzoek)).isEqualTo(Verzoek.State.TOEGEWEZEN);

        store.rejectedByReceiver(toewijzing);

        assertThat(state(verzoek)).isEqualTo(Verzoek.State.IN_ONDERZOEK);
    }

    @Test
    void a302RejectingTheHonouring301OfAnUnansweredRequestLeavesItPending() {
        String bsn = bsn();
        Verzoek verzoek = verzoek(bsn, "VOT-" + nummer());
        UUID toewijzing = UUID.randomUUID();
        stored(honouring(bsn, nummer(), verzoek).build(), toewijzing);

        store.rejectedByReceiver(toewijzing);

        assertThat(state(verzoek)).isEqualTo(Verzoek.State.PENDING);
    }

    @Test
    void aRequestAnotherAccepted301HonoursStaysToegewezen() {
        String bsn = bsn();
        Verzoek verzoek = verzoek(bsn, "VOW-" + nummer());
        long nummer = nummer();
        UUID first = UUID.randomUUID();
        stored(honouring(bsn, nummer, verzoek).build(), first);
        stored(
                honouring(bsn, nummer, verzoek)
                        .product(0, p -> p.toewijzingsdatum(MAY))
                        .build(),
                UUID.randomUUID());

        store.rejectedByReceiver(first);

        assertThat(state(verzoek)).isEqualTo(Verzoek.State.TOEGEWEZEN);
    }

    @Test
    void knownHoldsTheToewijzingenOfEarlier301sOnly() {
        String bsn = bsn();
        long nummer = nummer();
        accepted(version(bsn, nummer, APRIL, LocalDate.of(2026, 7, 14)));
        long fresh = nummer();

        KnownToewijzingen known = store.known(valid301()
                .bsn(bsn)
                .product(0, p -> p.nummer(nummer))
                .product(1, p -> p.nummer(fresh))
                .build());

        assertThat(known.find(nummer)).map(Toewijzing::getToewijzingnummer).contains(nummer);
        assertThat(known.find(fresh)).isEmpty();
    }

    @Test
    void aNumberTwiceInOne301IsOneToewijzingWithBothVersions() {
        long nummer = nummer();
        stored(
                valid301()
                        .bsn(bsn())
                        .product(0, p -> p.nummer(nummer).toewijzingsdatum(APRIL))
                        .product(1, p -> p.nummer(nummer).toewijzingsdatum(MAY))
                        .build(),
                UUID.randomUUID());

        Toewijzing toewijzing = toewijzingen
                .findByGemeenteAndStandaardAndToewijzingnummer("0384", Standaard.IJW, nummer)
                .orElseThrow();
        assertThat(versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(toewijzing))
                .extracting(ToewijzingVersie::getToewijzingsdatum)
                .containsExactly(APRIL, MAY);
    }

    @Test
    void a302RejectingA301ThatHonoursNoRequestLeavesRequestsAlone() {
        String bsn = bsn();
        Verzoek verzoek = verzoek(bsn, "VOT-" + nummer());
        answered(verzoek, "2");
        UUID toewijzing = UUID.randomUUID();
        stored(version(bsn, nummer(), APRIL, LocalDate.of(2026, 7, 14)).build(), toewijzing);

        store.rejectedByReceiver(toewijzing);

        assertThat(state(verzoek)).isEqualTo(Verzoek.State.IN_ONDERZOEK);
    }

    private Toewijzing301Builder honouring(String bsn, long nummer, Verzoek verzoek) {
        return valid301()
                .bsn(bsn)
                .product(0, p -> p.nummer(nummer)
                        .periode(APRIL, LocalDate.of(2026, 7, 14))
                        .referentie(verzoek.getReferentieAanbieder()))
                .product(1, p -> p.nummer(nummer + 1_000_000));
    }

    private Verzoek verzoek(String bsn, String referentie) {
        long client = clients.findOrCreate("0384", Standaard.IJW, bsn);
        return verzoeken.save(new Verzoek(
                "42420001", "0384", Standaard.IJW, referentie, client, Verzoek.Soort.VOT, UUID.randomUUID()));
    }

    /** An accepted 319 the aanbieder did not reject. */
    private void answered(Verzoek verzoek, String verzoekAntwoord) {
        Antwoord antwoord = antwoorden.save(new Antwoord(
                        verzoek.getId(),
                        "0384",
                        "42420001",
                        Standaard.IJW,
                        verzoek.getReferentieAanbieder(),
                        verzoekAntwoord,
                        null,
                        UUID.randomUUID())
                .setVorigeState(verzoek.getState()));
        verzoek.setState(antwoord.verzoekState());
    }

    private Verzoek.State state(Verzoek verzoek) {
        return verzoeken.findById(verzoek.getId()).orElseThrow().getState();
    }
}
