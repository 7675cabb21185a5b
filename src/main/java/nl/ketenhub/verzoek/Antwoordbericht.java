package nl.ketenhub.verzoek;

import nl.ketenhub.bericht.BerichtHeader;

/**
 * A 319 (WMO319 or JW319) in the hub's canonical form.
 *
 * @param verzoekAntwoord WJ760: 1 afgewezen, 2 in onderzoek
 * @param redenAfwijzingVerzoek WJ759 or null
 * @param woonplaatsbeginselGemeente iJw only: Woonplaatsbeginsel/Gemeente, null when absent
 */
record Antwoordbericht(
        BerichtHeader header,
        String referentieAanbieder,
        String verzoekAntwoord,
        String redenAfwijzingVerzoek,
        String woonplaatsbeginselGemeente) {

    static final String ANTWOORD = "Antwoord";
    static final String AFGEWEZEN = "1";
    static final String IN_ONDERZOEK = "2";

    boolean isAfwijzing() {
        return AFGEWEZEN.equals(verzoekAntwoord);
    }
}
