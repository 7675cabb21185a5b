package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import org.junit.jupiter.api.Test;

class ActueelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static ToewijzingVersie versie(LocalDate ingang, LocalDate eind, String reden) {
        Toewijzing toewijzing = new Toewijzing("0384", Standaard.IJW, 1, 1L, "42420001");
        return new ToewijzingVersie(toewijzing, UUID.randomUUID(), ingang, LocalTime.NOON, ingang)
                .setEinddatum(eind)
                .setRedenWijziging(reden);
    }

    @Test
    void openEndedIsActueel() {
        assertThat(Actueel.isActueel(versie(LocalDate.of(2026, 1, 1), null, null), TODAY))
                .isTrue();
    }

    @Test
    void endingTodayOrLaterIsActueel() {
        assertThat(Actueel.isActueel(versie(LocalDate.of(2026, 1, 1), TODAY, null), TODAY))
                .isTrue();
        assertThat(Actueel.isActueel(versie(LocalDate.of(2026, 1, 1), TODAY.plusDays(1), "04"), TODAY))
                .isTrue();
    }

    @Test
    void startingInTheFutureIsActueel() {
        assertThat(Actueel.isActueel(versie(TODAY.plusDays(1), TODAY.plusMonths(2), null), TODAY))
                .isTrue();
    }

    @Test
    void endedBeforeTodayIsNotActueel() {
        assertThat(Actueel.isActueel(versie(LocalDate.of(2026, 1, 1), TODAY.minusDays(1), "05"), TODAY))
                .isFalse();
    }

    @Test
    void deletedIsNeverActueel() {
        ToewijzingVersie deleted = versie(TODAY.plusDays(10), TODAY.plusDays(10), "13");
        assertThat(Actueel.isVerwijderd(deleted)).isTrue();
        assertThat(Actueel.isActueel(deleted, TODAY)).isFalse();
        assertThat(Actueel.isVerwijderd(versie(TODAY, TODAY, "01"))).isTrue();
    }

    @Test
    void reason13WithAnotherEinddatumIsNotADeletion() {
        ToewijzingVersie versie = versie(TODAY, TODAY.plusDays(1), "13");
        assertThat(Actueel.isVerwijderd(versie)).isFalse();
        assertThat(Actueel.isActueel(versie, TODAY)).isTrue();
    }

    @Test
    void aVersionTheReceiverRejectedIsNotActueel() {
        ToewijzingVersie rejected = versie(LocalDate.of(2026, 1, 1), null, null);
        rejected.rejectByReceiver();
        assertThat(Actueel.isActueel(rejected, TODAY)).isFalse();
    }
}
