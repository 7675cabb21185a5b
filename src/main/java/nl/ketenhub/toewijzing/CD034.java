package nl.ketenhub.toewijzing;

import java.util.List;
import nl.ketenhub.bericht.Finding;

/** CD034: a BRP-adres (Soort 01) or Verblijfadres (03) has a Postcode. */
final class CD034 implements Toewijzing301Rule {

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return AdresRules.eachContact(
                bericht,
                (contact, path) -> ("01".equals(contact.soort()) || "03".equals(contact.soort()))
                                && contact.postcode() == null
                        ? Finding.content("CD034", "Contact Soort " + contact.soort() + " needs a Postcode", path)
                        : null);
    }
}
