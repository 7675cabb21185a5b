package nl.ketenhub.retour;

import java.security.SecureRandom;

/**
 * The identification of every message the hub writes itself (IdentificatieRetour of a retour, the
 * BerichtIdentificatie of a 325): 12 characters, time-ordered, unique in practice.
 */
public final class Identificaties {

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Identificaties() {}

    public static String next() {
        char[] id = new char[12];
        long time = System.currentTimeMillis();
        for (int i = 7; i >= 0; i--) {
            id[i] = ALPHABET[(int) (time % 36)];
            time /= 36;
        }
        for (int i = 8; i < 12; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(36)];
        }
        return new String(id);
    }
}
