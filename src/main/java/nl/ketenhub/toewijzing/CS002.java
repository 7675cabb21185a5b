package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * CS002: the client's BSN passes the 11-proef (9 digits, weights 9..2 and -1, sum divisible by
 * 11). The hub also rejects {@code 000000000}, which the sum alone would accept (policy, §8 item 8).
 */
final class CS002 implements Toewijzing301Rule {

    private static final String ALL_ZEROS = "000000000";

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        if (isValid(bericht.bsn())) {
            return List.of();
        }
        return List.of(Finding.content("CS002", "Bsn of the client fails the 11-proef", "Client"));
    }

    static boolean isValid(String bsn) {
        if (bsn == null || bsn.length() != 9 || ALL_ZEROS.equals(bsn)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int weight = i == 8 ? -1 : 9 - i;
            sum += weight * (c - '0');
        }
        return sum % 11 == 0;
    }
}
