package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR415 (9415, 307): no stop once a definitive stop (reden ≠ 20) counts for the same start. */
final class TR415 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!(klasse instanceof StopProduct stop) || !stop.isAanlevering() || state.contains(stop)) {
            return Optional.empty();
        }
        if (state.stops(stop.startKey()).stream().allMatch(StopProduct::isTijdelijk)) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR415", "9415", "The " + stop.startKey() + " was already stopped definitively", path));
    }
}
