package nl.ketenhub.declaratie;

import java.util.HashSet;
import java.util.Set;

/**
 * What earlier 323s of this aanbieder say about the references of the 323 being judged; updated
 * while it is judged.
 *
 * @param ingediend ReferentieNummers already submitted (TR314)
 * @param toegekendeDebets ReferentieNummers of approved debits (TR323)
 * @param gecrediteerd ReferentieNummers that already have a credit (TR390)
 */
record Prestatielog(Set<String> ingediend, Set<String> toegekendeDebets, Set<String> gecrediteerd) {

    Prestatielog {
        ingediend = new HashSet<>(ingediend);
        toegekendeDebets = new HashSet<>(toegekendeDebets);
        gecrediteerd = new HashSet<>(gecrediteerd);
    }

    static Prestatielog empty() {
        return new Prestatielog(Set.of(), Set.of(), Set.of());
    }
}
