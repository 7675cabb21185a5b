package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/**
 * TR326 (9326, 305): no new start while delivery of the toegewezen product runs, i.e. while a start
 * that counts has no stop. After a temporary or definitive stop a new start is allowed (OP379). A
 * start with a key already received is TR074's.
 */
final class TR326 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!(klasse instanceof StartProduct) || !klasse.isAanlevering() || state.contains(klasse)) {
            return Optional.empty();
        }
        boolean running = state.starts(klasse.toegewezenProduct()).stream()
                .anyMatch(s -> state.status(s.key()) == RegieStatus.GESTART);
        if (!running) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR326",
                "9326",
                "Delivery of " + klasse.toegewezenProduct() + " was started and has not been stopped",
                path));
    }
}
