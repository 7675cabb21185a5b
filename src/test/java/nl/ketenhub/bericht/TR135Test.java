package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TR135Test {

    /** 2026-03-31 22:30 UTC is already 1 April in Amsterdam (CEST, UTC+2). */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneOffset.UTC);

    @Test
    void tr135AcceptsDagtekeningOfTodayInAmsterdam() {
        assertThat(TR135.check(header(LocalDate.of(2026, 4, 1)), LATE_EVENING_UTC))
                .isEmpty();
    }

    @Test
    void tr135RejectsDagtekeningInTheFuture() {
        assertThat(TR135.check(header(LocalDate.of(2026, 4, 2)), LATE_EVENING_UTC))
                .hasValueSatisfying(f -> {
                    assertThat(f.rule()).isEqualTo("TR135");
                    assertThat(f.retourCode()).isEqualTo("8848");
                    assertThat(f.level()).isEqualTo(Level.EXTERNAL);
                    assertThat(f.path()).isEqualTo("Header");
                });
    }

    private static BerichtHeader header(LocalDate dagtekening) {
        return new BerichtHeader(BerichtType.JW305, "42420001", "0384", "X1", dagtekening, "1.0.0", "1.0.0");
    }
}
