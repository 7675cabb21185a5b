package nl.ketenhub.verzoek;

import java.util.Set;

/**
 * What the hub knows before a 315, as the level 3 rules need it.
 *
 * @param verzoekOnderhanden a request of this aanbieder for this client is open (TR374)
 * @param bekendeReferenties the 315's ReferentieAanbieders this aanbieder already used in this domain (TR347)
 */
record Stand315(boolean verzoekOnderhanden, Set<String> bekendeReferenties) {

    Stand315 {
        bekendeReferenties = Set.copyOf(bekendeReferenties);
    }
}
