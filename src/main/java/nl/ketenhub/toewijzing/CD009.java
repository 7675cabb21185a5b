package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD009: a Contact has a Periode only when its Soort is 04 (temporary address). */
final class CD009 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.allContacts(bericht).stream()
                .filter(at ->
                        at.contact().heeftPeriode() && !"04".equals(at.contact().soort()))
                .map(at -> Finding.content(
                        "CD009",
                        "Contact with Soort " + at.contact().soort() + " has a Periode; only Soort 04 may",
                        at.path()))
                .toList();
    }
}
