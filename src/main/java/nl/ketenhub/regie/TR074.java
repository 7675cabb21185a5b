package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR074 (9074): a class with StatusAanlevering 1 whose key was already received (and not deleted). */
final class TR074 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!klasse.isAanlevering() || !state.contains(klasse)) {
            return Optional.empty();
        }
        String soort = klasse instanceof StartProduct ? "start" : "stop";
        return Optional.of(Finding.crossMessage(
                "TR074",
                "9074",
                "A " + soort + " with this key was already received (" + klasse.startKey() + ")",
                path));
    }
}
