package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR063 (9063): a deletion (StatusAanlevering 3) needs an earlier class with the same key that still counts. */
final class TR063 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!klasse.isVerwijdering() || state.contains(klasse)) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR063",
                "9063",
                "Deletion without an earlier class with the same key (" + klasse.startKey() + ")",
                path));
    }
}
