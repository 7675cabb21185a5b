package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import org.springframework.stereotype.Component;

/** The rules of a 315: level 2 (retourcode 0001) first; level 3 only for a message that passes them. */
@Component
class Verzoek315Checks {

    private static final List<ContentRule<? super VerzoekOmToewijzing>> CONTENT = List.of(
            new CS002(),
            new CS003(),
            new CD041(),
            new CD075(),
            new CD076(),
            new CD077(),
            new CD078(),
            new CD079(),
            new CD095(),
            new CS343(),
            new CD043(),
            new CD066(),
            new CD067(),
            new CD068(),
            new TR383(),
            new TR386(),
            new TR002());

    List<Finding> content(VerzoekOmToewijzing bericht) {
        List<Finding> findings = new ArrayList<>();
        CONTENT.forEach(rule -> findings.addAll(rule.check(bericht)));
        return findings;
    }

    List<Finding> state(VerzoekOmToewijzing bericht, Stand315 stand) {
        List<Finding> findings = new ArrayList<>(TR374.check(stand.verzoekOnderhanden()));
        findings.addAll(TR347.check(bericht, stand));
        return findings;
    }
}
