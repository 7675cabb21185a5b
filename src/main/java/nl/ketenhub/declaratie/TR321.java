package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;

/**
 * TR321 (9321): the GeleverdVolume of one product period does not exceed what the toewijzing's
 * Omvang allows in that period ({@link Volumes#maxPerPeriode}).
 */
final class TR321 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null || v.omvang() == null) {
            return Optional.empty();
        }
        Declaratiebericht.Prestatie p = zaak.prestatie();
        boolean hbh = zaak.standaard() == Standaard.IWMO && "01".equals(p.productCategorie());
        long max = Volumes.maxPerPeriode(v.omvang(), p.begin(), p.eind(), hbh, v.einde());
        Long maxInEenheid =
                max == Long.MAX_VALUE ? null : Volumes.inEenheid(max, v.omvang().eenheid(), p.eenheid());
        if (maxInEenheid == null || p.geleverdVolume() <= maxInEenheid) {
            return Optional.empty();
        }
        return PrestatieRule.cross(
                "TR321",
                "9321",
                zaak,
                "GeleverdVolume " + p.geleverdVolume() + " exceeds " + maxInEenheid + " for the product period");
    }
}
