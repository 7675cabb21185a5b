package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR071 (9071, 305): a start cannot be deleted once a stop for it counts. */
final class TR071 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!(klasse instanceof StartProduct)
                || !klasse.isVerwijdering()
                || state.stops(klasse.startKey()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR071",
                "9071",
                "The " + klasse.startKey() + " cannot be deleted: delivery was already stopped",
                path));
    }
}
