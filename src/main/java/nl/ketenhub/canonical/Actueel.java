package nl.ketenhub.canonical;

import java.time.LocalDate;

/**
 * Whether a toewijzing version is "actueel" in the sense of TR349 (domain §1.5, §8 item 12): its
 * Einddatum is empty or on/after today, or its Ingangsdatum lies in the future, and it is not
 * deleted. A version the receiver rejected (OP286) was never sent and is never actueel.
 */
public final class Actueel {

    private Actueel() {}

    public static boolean isActueel(ToewijzingVersie versie, LocalDate today) {
        if (versie.getStatus() != ToewijzingVersie.Status.ACTIVE || isVerwijderd(versie)) {
            return false;
        }
        return versie.getEinddatum() == null
                || !versie.getEinddatum().isBefore(today)
                || versie.getIngangsdatum().isAfter(today);
    }

    /**
     * Deleted: sent in error, to be treated as never sent. RedenWijziging 13 (or the obsolete 01)
     * with Einddatum = Ingangsdatum.
     */
    public static boolean isVerwijderd(ToewijzingVersie versie) {
        return ("13".equals(versie.getRedenWijziging()) || "01".equals(versie.getRedenWijziging()))
                && versie.getIngangsdatum().equals(versie.getEinddatum());
    }
}
