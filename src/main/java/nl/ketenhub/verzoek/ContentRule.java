package nl.ketenhub.verzoek;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** One level 2 (in-message, retourcode 0001) rule: it needs nothing but the message itself. */
interface ContentRule<T> {

    List<Finding> check(T bericht);
}
