package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** One level 2 (in-message) rule of the 301: it needs nothing but the message itself. */
interface Toewijzing301Rule {

    List<Finding> check(Toewijzingbericht bericht);
}
