package nl.ketenhub.toewijzing;

import java.util.List;
import java.util.regex.Pattern;
import nl.ketenhub.bericht.Finding;

/** CS089: a Dutch postcode (LandCode NL) is four digits, not starting with 0, and two capitals. */
final class CS089 implements Toewijzing301Rule {

    private static final Pattern NL_POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");

    @Override
    public List<Finding> check(Toewijzingbericht bericht) {
        return AdresRules.eachContact(
                bericht,
                (contact, path) -> "NL".equals(contact.landCode())
                                && contact.postcode() != null
                                && !NL_POSTCODE.matcher(contact.postcode()).matches()
                        ? Finding.content("CS089", "Postcode is not in the Dutch format 1234AB", path)
                        : null);
    }
}
