package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD005: an Adres has a LandCode exactly when it has a Postcode. */
final class CD005 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return AdresRules.eachContact(
                bericht,
                (contact, path) -> (contact.postcode() == null) != (contact.landCode() == null)
                        ? Finding.content("CD005", "Postcode and LandCode go together", path)
                        : null);
    }
}
