package nl.ketenhub.regie;

import java.util.Optional;
import nl.ketenhub.bericht.Finding;

/** One level 3 rule of the regie state machine: judges one class against the state before it. */
interface RegieStateRule {

    Optional<Finding> check(RegieState state, RegieKlasse klasse, String path);
}
