package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.springframework.stereotype.Component;

/**
 * The rules of a 319: level 2 (retourcode 0001) first; level 3 only for a message that passes them,
 * and the rules on the request's history only when the request is known (TR355).
 */
@Component
class Antwoord319Checks {

    private static final List<ContentRule<Antwoordbericht>> CONTENT =
            List.of(new CD085(), new CD086(), new TR377(), new TR409());

    List<Finding> content(Antwoordbericht bericht) {
        List<Finding> findings = new ArrayList<>();
        CONTENT.forEach(rule -> findings.addAll(rule.check(bericht)));
        return findings;
    }

    List<Finding> state(Antwoordbericht bericht, Stand319 stand) {
        List<Finding> findings = new ArrayList<>(TR355.check(bericht, stand));
        if (stand.verzoekBekend()) {
            findings.addAll(TR359.check(bericht, stand));
            findings.addAll(TR360.check(bericht, stand));
            findings.addAll(TR365.check(bericht, stand));
        }
        return findings;
    }
}
