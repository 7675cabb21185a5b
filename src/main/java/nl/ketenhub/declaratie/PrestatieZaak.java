package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.partner.Contract;

/**
 * One prestatie being judged at levels 3 and 4, with what the hub knows about it.
 *
 * @param clientId the client of the prestatie's BSN
 * @param toewijzing null when the gemeente has no toewijzing with that number
 */
record PrestatieZaak(
        Declaratiebericht bericht,
        String path,
        Declaratiebericht.Prestatie prestatie,
        Long clientId,
        Toewijzingstand toewijzing,
        Prestatielog log,
        List<Contract> contracten) {

    /** The current version of a toewijzing of this aanbieder, or null. */
    Versie versie() {
        return toewijzing == null || !aanbieder().equals(toewijzing.aanbieder()) ? null : toewijzing.versie();
    }

    String aanbieder() {
        return bericht.header().afzender();
    }

    Standaard standaard() {
        return bericht.header().type().standaard();
    }
}
