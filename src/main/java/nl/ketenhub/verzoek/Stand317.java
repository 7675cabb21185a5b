package nl.ketenhub.verzoek;

import java.util.Map;

/**
 * What the hub knows before a 317, as the level 3 rules need it.
 *
 * @param clientBekend the client is known from toewijzingen delivered to this aanbieder (TR304)
 * @param verzoekOnderhanden a request of this aanbieder for this client is open (TR374)
 * @param referentieBekend this aanbieder already used the ReferentieAanbieder in this domain (TR347)
 * @param toewijzingen the current version of every toewijzing of the client at this aanbieder, by number
 */
record Stand317(
        boolean clientBekend,
        boolean verzoekOnderhanden,
        boolean referentieBekend,
        Map<Long, HuidigeToewijzing> toewijzingen) {

    Stand317 {
        toewijzingen = Map.copyOf(toewijzingen);
    }
}
