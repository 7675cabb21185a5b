package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** TR006: every Contact (of the client and of each relatie) has a Telefoon or a Huis plus Postcode. */
final class TR006 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return Rules301.allContacts(bericht).stream()
                .filter(at -> !at.contact().heeftTelefoon() && !at.contact().heeftHuisEnPostcode())
                .map(at -> Finding.content(
                        "TR006", "Contact has neither a Telefoon nor an Adres with Huis and Postcode", at.path()))
                .toList();
    }
}
