package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.ketenhub.regie.RegieKlasse.StartKey;
import nl.ketenhub.regie.RegieKlasse.ToegewezenProductRef;

/**
 * The starts and stops of one client at one aanbieder that count: every accepted class with
 * StatusAanlevering 1 that no later class with StatusAanlevering 3 and the same key removed (a
 * deleted class counts as never sent). Built by replaying the accepted classes in the order the hub
 * applied them, then changed class by class while a message is judged.
 */
final class RegieState {

    private final List<RegieKlasse> live = new ArrayList<>();

    static RegieState replay(List<? extends RegieKlasse> applied) {
        RegieState state = new RegieState();
        applied.forEach(state::apply);
        return state;
    }

    RegieState copy() {
        return replay(live);
    }

    /** Status 1 adds the class; status 3 removes the live class with the same key. */
    void apply(RegieKlasse klasse) {
        if (klasse.isAanlevering()) {
            live.add(klasse);
        } else if (klasse.isVerwijdering()) {
            live.stream().filter(l -> sameClass(l, klasse)).findFirst().ifPresent(live::remove);
        }
    }

    /** A live class of the same kind with the same logical key. */
    boolean contains(RegieKlasse klasse) {
        return live.stream().anyMatch(l -> sameClass(l, klasse));
    }

    /** The live starts of a toegewezen product, in the order they were applied. */
    List<StartProduct> starts(ToegewezenProductRef product) {
        return live.stream()
                .filter(StartProduct.class::isInstance)
                .map(StartProduct.class::cast)
                .filter(s -> s.toegewezenProduct().equals(product))
                .toList();
    }

    /** The live stops of one start, in the order they were applied. */
    List<StopProduct> stops(StartKey start) {
        return live.stream()
                .filter(StopProduct.class::isInstance)
                .map(StopProduct.class::cast)
                .filter(s -> s.startKey().equals(start))
                .toList();
    }

    /** The start that delivery of the toegewezen product currently hangs on: the live one that began last. */
    Optional<StartProduct> currentStart(ToegewezenProductRef product) {
        return starts(product).stream().max(Comparator.comparing(StartProduct::begindatum));
    }

    /** The stop of a start that counts now: the last one applied. */
    Optional<StopProduct> currentStop(StartKey start) {
        List<StopProduct> stops = stops(start);
        return stops.isEmpty() ? Optional.empty() : Optional.of(stops.get(stops.size() - 1));
    }

    RegieStatus status(StartKey start) {
        boolean started =
                starts(start.toegewezenProduct()).stream().anyMatch(s -> s.key().equals(start));
        if (!started) {
            return RegieStatus.NIET_GESTART;
        }
        List<StopProduct> stops = stops(start);
        if (stops.isEmpty()) {
            return RegieStatus.GESTART;
        }
        return stops.stream().allMatch(StopProduct::isTijdelijk) ? RegieStatus.TIJDELIJK_GESTOPT : RegieStatus.GESTOPT;
    }

    RegieStatus status(ToegewezenProductRef product) {
        return currentStart(product).map(s -> status(s.key())).orElse(RegieStatus.NIET_GESTART);
    }

    private static boolean sameClass(RegieKlasse a, RegieKlasse b) {
        return a.getClass() == b.getClass() && a.key().equals(b.key());
    }
}
