package nl.ketenhub.canonical;

/**
 * The BSN 11-proef: 9 digits d1..d9 with 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11.
 *
 * <p>{@code 000000000} satisfies the sum but is not a BSN (no person has it, and it is the typical
 * "unknown" filler), so it is rejected.
 */
public final class Elfproef {

    private Elfproef() {}

    public static boolean isValid(String bsn) {
        if (bsn == null || bsn.length() != 9) {
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
        return sum % 11 == 0 && !"000000000".equals(bsn);
    }
}
