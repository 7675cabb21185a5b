package nl.ketenhub.regie;

import java.util.Map;

/**
 * What the level 3 rules of one 305/307 need from the canonical data set.
 *
 * @param clientId the client of this gemeente and standaard with the message's BSN; null when unknown
 * @param state the starts and stops of that client at the sending aanbieder
 * @param toewijzingen the toewijzingen of this gemeente and standaard with a ToewijzingNummer the
 *     message names, by number
 */
record RegieContext(Long clientId, RegieState state, Map<Long, BekendeToewijzing> toewijzingen) {

    RegieContext {
        toewijzingen = Map.copyOf(toewijzingen);
    }

    /**
     * A toewijzing as TR019 sees it.
     *
     * @param afgeleverd some version that counts (not rejected by the aanbieder) was delivered to it
     * @param verwijderd its current version deletes it (RedenWijziging 13: as if never sent)
     */
    record BekendeToewijzing(Long clientId, String aanbieder, boolean afgeleverd, boolean verwijderd) {}
}
