package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** TR413 (9413, 307): at most one temporary stop (reden 20) per start (Bsn, ToewijzingNummer, Begindatum). */
final class TR413 implements RegieStateRule {

    @Override
    public Optional<Finding> check(RegieState state, RegieKlasse klasse, String path) {
        if (!(klasse instanceof StopProduct stop)
                || !stop.isAanlevering()
                || !stop.isTijdelijk()
                || state.contains(stop)) {
            return Optional.empty();
        }
        if (state.stops(stop.startKey()).stream().noneMatch(StopProduct::isTijdelijk)) {
            return Optional.empty();
        }
        return Optional.of(Finding.crossMessage(
                "TR413", "9413", "The " + stop.startKey() + " already has a temporary stop", path));
    }
}
