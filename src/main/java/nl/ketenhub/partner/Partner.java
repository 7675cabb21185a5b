package nl.ketenhub.partner;

import java.util.Set;
import nl.ketenhub.bericht.PartyRole;

/**
 * A partner from config/partners.yaml.
 *
 * @param code gemeentecode (4 digits) or AGB code (8 digits)
 * @param format the message format the partner speaks: XML (default), JSON or CSV
 * @param declaraties how the gemeente's 323s are answered (HUB by default; meaningless for aanbieders)
 */
public record Partner(
        String code,
        String naam,
        PartyRole role,
        Set<IntakeChannel> intake,
        Delivery delivery,
        String format,
        DeclaratieModus declaraties) {

    public Partner {
        intake = Set.copyOf(intake);
        declaraties = declaraties == null ? DeclaratieModus.HUB : declaraties;
    }

    /** A partner with the default declaration mode (HUB). */
    public Partner(
            String code, String naam, PartyRole role, Set<IntakeChannel> intake, Delivery delivery, String format) {
        this(code, naam, role, intake, delivery, format, DeclaratieModus.HUB);
    }

    public boolean isGemeente() {
        return role == PartyRole.GEMEENTE;
    }
}
