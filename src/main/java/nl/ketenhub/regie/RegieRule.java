package nl.ketenhub.regie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** One level 2 (in-message) rule of the 305 and 307: it needs nothing but the message itself. */
interface RegieRule {

    List<Finding> check(Regiebericht bericht);
}
