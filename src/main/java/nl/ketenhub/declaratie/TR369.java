package nl.ketenhub.declaratie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR369 (9369): the approved, not credited amounts of the toewijzing plus this one stay within its Budget. */
final class TR369 implements PrestatieRule {

    @Override
    public Optional<Finding> check(PrestatieZaak zaak) {
        Versie v = zaak.versie();
        if (v == null || v.budget() == null) {
            return Optional.empty();
        }
        long claimed = zaak.prestatie().bedrag()
                + zaak.toewijzing().toegekend().stream()
                        .mapToLong(Claim::bedrag)
                        .sum();
        if (claimed <= v.budget()) {
            return Optional.empty();
        }
        return PrestatieRule.cross(
                "TR369", "9369", zaak, "the claimed amounts (" + claimed + ") exceed the Budget " + v.budget());
    }
}
