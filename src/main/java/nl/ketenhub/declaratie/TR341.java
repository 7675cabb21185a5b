package nl.ketenhub.declaratie;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.partner.Contract;

/**
 * TR341 (9341): the Eenheid fits the toewijzing: its Omvang's Eenheid (minutes are allowed when it
 * is assigned in hours); for an aspecific or generic toewijzing (no Omvang) the Eenheid of the
 * contract for the product, when the contract names one.
 */
final class TR341 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null) {
            return Optional.empty();
        }
        String eenheid = zaak.prestatie().eenheid();
        if (v.omvang() != null) {
            return fits(v.omvang().eenheid(), eenheid)
                    ? Optional.empty()
                    : PrestatieRule.cross(
                            "TR341",
                            "9341",
                            zaak,
                            "Eenheid " + eenheid + " does not fit the toewijzing's Eenheid "
                                    + v.omvang().eenheid());
        }
        Set<String> contracted = zaak.contracten().stream()
                .filter(c -> c.eenheid() != null)
                .filter(c -> c.covers(
                        zaak.prestatie().productCategorie(), zaak.prestatie().productCode()))
                .filter(c -> c.isValidOn(zaak.prestatie().begin()))
                .map(Contract::eenheid)
                .collect(Collectors.toSet());
        if (contracted.isEmpty() || contracted.stream().anyMatch(c -> fits(c, eenheid))) {
            return Optional.empty();
        }
        return PrestatieRule.cross(
                "TR341", "9341", zaak, "Eenheid " + eenheid + " is not the contracted Eenheid " + contracted);
    }

    static boolean fits(String assigned, String claimed) {
        return assigned.equals(claimed) || (Volumes.UUR.equals(assigned) && Volumes.MINUUT.equals(claimed));
    }
}
