package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.springframework.stereotype.Component;

/**
 * The rules of a 317: level 2 (retourcode 0001) first; level 3 only for a message that passes them.
 * The rules on the client's toewijzingen run only when the client is known (TR304).
 */
@Component
class Verzoek317Checks {

    private static final List<ContentRule<? super VerzoekOmWijziging>> CONTENT = List.of(
            new CS002(),
            new CS003(),
            new CD041(),
            new CD075(),
            new CD076(),
            new CD077(),
            new CD078(),
            new CD079(),
            new CD096(),
            new CS338(),
            new TR352(),
            new TR353(),
            new TR380(),
            new TR410(),
            new TR101());

    List<Finding> content(VerzoekOmWijziging bericht) {
        List<Finding> findings = new ArrayList<>();
        CONTENT.forEach(rule -> findings.addAll(rule.check(bericht)));
        return findings;
    }

    List<Finding> state(VerzoekOmWijziging bericht, Stand317 stand) {
        List<Finding> findings = new ArrayList<>(TR304.check(stand));
        findings.addAll(TR374.check(stand.verzoekOnderhanden()));
        findings.addAll(TR347.check(bericht, stand));
        if (stand.clientBekend()) {
            findings.addAll(TR349.check(bericht, stand));
            findings.addAll(TR350.check(bericht, stand));
            findings.addAll(TR351.check(bericht, stand));
            findings.addAll(TR357.check(bericht, stand));
            findings.addAll(TR361.check(bericht, stand));
            findings.addAll(TR373.check(bericht, stand));
            findings.addAll(TR375.check(bericht, stand));
            findings.addAll(TR411.check(bericht, stand));
            findings.addAll(TR412.check(bericht, stand));
        }
        return findings;
    }
}
