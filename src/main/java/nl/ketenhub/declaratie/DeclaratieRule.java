package nl.ketenhub.declaratie;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** One level 2 (in-message) rule of the 323: it needs nothing but the message itself. */
interface DeclaratieRule {

    List<Finding> check(Declaratiebericht bericht);
}
