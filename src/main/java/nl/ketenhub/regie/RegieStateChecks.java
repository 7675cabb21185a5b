package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;

/**
 * The level 3 checks of a 305 or 307 against the canonical state. Deletions are judged first, then
 * the new classes, each in message order, against the state as the classes before it left it: so a
 * correction (a deletion plus a new class in one message, IV008) and a temporary plus a definitive
 * stop in one message are judged as if sent one after the other. A class with findings does not
 * change the state; one finding rejects the whole message (OP286).
 */
final class RegieStateChecks {

    private static final List<RegieStateRule> RULES = List.of(
            new TR063(), new TR071(), new TR074(), new TR326(), new TR382(), new TR413(), new TR414(), new TR415());

    private final TR019 tr019 = new TR019();

    List<Finding> check(Regiebericht bericht, RegieContext context) {
        RegieState state = context.state().copy();
        List<Finding> findings = new ArrayList<>();
        for (int i : applyOrder(bericht)) {
            RegieKlasse klasse = bericht.klassen().get(i);
            String path = bericht.klassePath(i);
            List<Finding> own = new ArrayList<>();
            tr019.check(context, bericht, klasse, path).ifPresent(own::add);
            for (RegieStateRule rule : RULES) {
                rule.check(state, klasse, path).ifPresent(own::add);
            }
            if (own.isEmpty()) {
                state.apply(klasse);
            }
            findings.addAll(own);
        }
        return findings;
    }

    /** Indexes of the classes: deletions first, then the rest, each in message order. */
    static List<Integer> applyOrder(Regiebericht bericht) {
        List<Integer> order = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < bericht.klassen().size(); i++) {
            (bericht.klassen().get(i).isVerwijdering() ? order : rest).add(i);
        }
        order.addAll(rest);
        return order;
    }
}
