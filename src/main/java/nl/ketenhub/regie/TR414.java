package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR414 (9414, 307): a later stop's Einddatum is not before that of the current stop of the same start. */
final class TR414 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!(klasse instanceof StopProduct stop) || !stop.isAanlevering() || state.contains(stop)) {
            return Optional.empty();
        }
        return state.currentStop(stop.startKey())
                .filter(current -> stop.einddatum().isBefore(current.einddatum()))
                .map(current -> Finding.crossMessage(
                        "TR414",
                        "9414",
                        "Einddatum " + stop.einddatum() + " is before " + current.einddatum()
                                + ", the Einddatum of the current stop of the " + stop.startKey(),
                        path));
    }
}
