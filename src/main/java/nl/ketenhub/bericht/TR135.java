package nl.ketenhub.bericht;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * TR135 (level 4, retourcode 8848): the header's Dagtekening may not be later than the receiver's
 * system date. "Today" is the Dutch calendar day, whatever zone the given clock is in.
 */
public final class TR135 {

    public static final String RETOURCODE = "8848";

    private TR135() {}

    public static Optional<Finding> check(BerichtHeader header, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.AMSTERDAM));
        if (header.dagtekening() != null && header.dagtekening().isAfter(today)) {
            return Optional.of(Finding.external(
                    "TR135",
                    RETOURCODE,
                    "Dagtekening " + header.dagtekening() + " is later than today (" + today + ")",
                    "Header"));
        }
        return Optional.empty();
    }
}
