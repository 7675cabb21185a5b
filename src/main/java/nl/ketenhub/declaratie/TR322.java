package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR322 (9322): the approved, not credited volumes of the toewijzing plus this one do not exceed
 * the total over the toewijzing ({@link Volumes#totaal}). Volumes are compared in the prestatie's
 * Eenheid (minutes for an assignment in hours claimed in minutes).
 */
final class TR322 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null || v.omvang() == null) {
            return Optional.empty();
        }
        Declaratiebericht.Prestatie p = zaak.prestatie();
        Long totaal = Volumes.totaal(v.omvang(), v.ingang(), v.einde());
        String eenheid = Volumes.UUR.equals(v.omvang().eenheid())
                ? Volumes.MINUUT
                : v.omvang().eenheid();
        Long volume = Volumes.inEenheid(p.geleverdVolume(), p.eenheid(), eenheid);
        if (totaal == null || volume == null) {
            return Optional.empty();
        }
        long claimed = volume;
        for (Claim claim : zaak.toewijzing().toegekend()) {
            Long earlier = Volumes.inEenheid(claim.volume(), claim.eenheid(), eenheid);
            claimed += earlier == null ? 0 : earlier;
        }
        long max = Volumes.inEenheid(totaal, v.omvang().eenheid(), eenheid);
        if (claimed <= max) {
            return Optional.empty();
        }
        return PrestatieRule.cross(
                "TR322", "9322", zaak, "the claimed volumes (" + claimed + ") exceed the toewijzing's total " + max);
    }
}
