package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR382 (9069, 307): a stop copies ToewijzingNummer, Product and Begindatum of the current start of
 * that toegewezen product: the start that counts and began last. A stop for a start that a later
 * restart replaced is rejected too.
 */
final class TR382 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!(klasse instanceof StopProduct) || !klasse.isAanlevering()) {
            return Optional.empty();
        }
        boolean matches = state.currentStart(klasse.toegewezenProduct())
                .map(start -> start.key().equals(klasse.startKey()))
                .orElse(false);
        if (matches) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR382", "9069", "No current start matches this stop (" + klasse.startKey() + ")", path));
    }
}
