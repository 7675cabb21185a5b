package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.springframework.stereotype.Component;

/** Every level 2 (in-message, retourcode 0001) rule of the 323. */
@Component
class Declaratie323Checks {

    private static final List<DeclaratieRule> RULES = List.of(
            new CS002(),
            new CS100(),
            new CS337(),
            new CS340(),
            new CS339(),
            new CD087(),
            new CD060(),
            new CS325(),
            new TR358(),
            new TR315(),
            new TR316(),
            new TR416(),
            new TR335(),
            new TR137(),
            new TR101());

    List<Finding> check(Declaratiebericht bericht) {
        List<Finding> findings = new ArrayList<>();
        for (DeclaratieRule rule : RULES) {
            findings.addAll(rule.check(bericht));
        }
        return findings;
    }
}
