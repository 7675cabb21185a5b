package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR346 (9346, level 4): with Eenheid other than 83, IngediendBedrag = GeleverdVolume x
 * ProductTarief. For minutes (Eenheid 01) also round(hourly tariff x minutes / 60) is accepted for
 * any hourly tariff that rounds to this ProductTarief per minute (IV081).
 */
final class TR346 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Declaratiebericht.Prestatie p = zaak.prestatie();
        if ("83".equals(p.eenheid()) || p.productTarief() == null || correct(p)) {
            return Optional.empty();
        }
        return PrestatieRule.external(
                "TR346", "9346", zaak, "IngediendBedrag " + p.bedrag() + " is not GeleverdVolume x ProductTarief");
    }

    static boolean correct(Declaratiebericht.Prestatie p) {
        long volume = p.geleverdVolume();
        long tarief = p.productTarief();
        if (p.bedrag() == volume * tarief) {
            return true;
        }
        if (!Volumes.MINUUT.equals(p.eenheid())) {
            return false;
        }
        long lowestHourly = Math.max(0, tarief * 60 - 30);
        long highestHourly = tarief * 60 + 29;
        return p.bedrag() >= Math.round(lowestHourly * volume / 60.0)
                && p.bedrag() <= Math.round(highestHourly * volume / 60.0);
    }
}
