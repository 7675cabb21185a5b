package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;

/**
 * One toewijzing a 323 refers to, as the hub knows it.
 *
 * @param versie the current version; null when every version was rejected by the aanbieder
 * @param toegekend approved, not credited debits; grows while a 323 is judged
 */
record Toewijzingstand(long nummer, Long clientId, String aanbieder, Versie versie, List<Claim> toegekend) {

    Toewijzingstand {
        toegekend = new ArrayList<>(toegekend);
    }
}
