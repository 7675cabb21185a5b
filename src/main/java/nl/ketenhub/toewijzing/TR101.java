package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.Finding;

/**
 * TR101: no duplicate logical keys in the message: ToewijzingNummer among the products, Soort
 * among the client's contacts, Nummer among the relaties. The second and later occurrences are
 * the classes in error.
 */
final class TR101 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        List<Finding> findings = new ArrayList<>();
        Set<Long> nummers = new HashSet<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            long nummer = bericht.producten().get(i).toewijzingNummer();
            if (!nummers.add(nummer)) {
                findings.add(Finding.content(
                        "TR101",
                        "ToewijzingNummer " + nummer + " occurs more than once",
                        Toewijzingbericht.productPath(i)));
            }
        }
        Set<String> soorten = new HashSet<>();
        for (int i = 0; i < bericht.contacten().size(); i++) {
            String soort = bericht.contacten().get(i).soort();
            if (!soorten.add(soort)) {
                findings.add(Finding.content(
                        "TR101",
                        "Contact/Soort " + soort + " occurs more than once for the client",
                        Toewijzingbericht.contactPath(i)));
            }
        }
        Set<String> relatieNummers = new HashSet<>();
        for (int i = 0; i < bericht.relaties().size(); i++) {
            String nummer = bericht.relaties().get(i).nummer();
            if (!relatieNummers.add(nummer)) {
                findings.add(Finding.content(
                        "TR101", "Relatie/Nummer occurs more than once", Toewijzingbericht.relatiePath(i)));
            }
        }
        return findings;
    }
}
