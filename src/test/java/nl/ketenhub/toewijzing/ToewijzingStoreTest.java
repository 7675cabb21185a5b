package nl.ketenhub.toewijzing;

import static nl.ketenhub.toewijzing.Toewijzing301Builder.valid301;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Toewijzing;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ToewijzingStoreTest extends ToewijzingStateTestSupport {

    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Autowired
    ToewijzingRepository toewijzingen;

    @Autowired
    ToewijzingVersieRepository versies;

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
        store.apply(version(bsn, nummer, MAY, LocalDate.of(2026, 9, 30)).build(), newer);
        store.apply(version(bsn, nummer, APRIL, LocalDate.of(2026, 7, 14)).build(), UUID.randomUUID());

        ToewijzingVersie current = current(nummer);
        assertThat(current.getBerichtId()).isEqualTo(newer);
        assertThat(current.getToewijzingsdatum()).isEqualTo(MAY);
        assertThat(current.getEinddatum()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(current.getToewijzing()))
                .extracting(ToewijzingVersie::getToewijzingsdatum)
                .containsExactly(APRIL, MAY);
    }
}
