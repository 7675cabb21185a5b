package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Elfproef;

/**
 * CS002: the client's BSN passes the 11-proef (9 digits, weights 9..2 and -1, sum divisible by
 * 11). The hub also rejects {@code 000000000}, which the sum alone would accept (policy, §8 item 8).
 */
final class CS002 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        if (Elfproef.isValid(bericht.bsn())) {
            return List.of();
        }
        return List.of(Finding.content("CS002", "Bsn of the client fails the 11-proef", "Client"));
    }
}
