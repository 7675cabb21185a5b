package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.ketenhub.bericht.Finding;

/** Runs an address rule over every Contact of the client and of its relaties. */
final class AdresRules {

    private AdresRules() {}

    static List<Finding> eachContact(Toewijzingbericht bericht, BiFunction<Contact, String, Finding> rule) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.contacten().size(); i++) {
            add(findings, rule.apply(bericht.contacten().get(i), Toewijzingbericht.contactPath(i)));
        }
        for (int i = 0; i < bericht.relaties().size(); i++) {
            Contact contact = bericht.relaties().get(i).contact();
            if (contact != null) {
                add(findings, rule.apply(contact, Toewijzingbericht.relatiePath(i) + "/Contact"));
            }
        }
        return findings;
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }
}
