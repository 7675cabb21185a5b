package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD025: an address in the Netherlands (LandCode NL) has a Huis. */
final class CD025 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return AdresRules.eachContact(
                bericht,
                (contact, path) -> "NL".equals(contact.landCode()) && !contact.heeftHuis()
                        ? Finding.content("CD025", "An address with LandCode NL needs a Huis", path)
                        : null);
    }
}
