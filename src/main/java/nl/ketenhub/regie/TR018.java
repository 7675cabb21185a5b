package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR018 (307): a StopProduct's Einddatum is not before its Begindatum. */
final class TR018 implements RegieRule {

    @Override
    public List<Finding> check(Regiebericht bericht) {
        if (!(bericht instanceof Stopbericht stop)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < stop.producten().size(); i++) {
            StopProduct product = stop.producten().get(i);
            if (product.einddatum() != null
                    && product.begindatum() != null
                    && product.einddatum().isBefore(product.begindatum())) {
                findings.add(Finding.content(
                        "TR018",
                        "Einddatum " + product.einddatum() + " is before Begindatum " + product.begindatum(),
                        stop.klassePath(i)));
            }
        }
        return findings;
    }
}
