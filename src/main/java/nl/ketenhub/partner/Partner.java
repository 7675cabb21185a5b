package nl.ketenhub.partner;

import java.util.Set;
import nl.ketenhub.bericht.PartyRole;

/**
 * A partner from config/partners.yaml.
 *
 * @param code gemeentecode (4 digits) or AGB code (8 digits)
 * @param format the message format the partner speaks: XML (default), JSON or CSV
 */
public record Partner(
        String code, String naam, PartyRole role, Set<IntakeChannel> intake, Delivery delivery, String format) {

    public Partner {
        intake = Set.copyOf(intake);
    }

    public boolean isGemeente() {
        return role == PartyRole.GEMEENTE;
    }
}
