package nl.ketenhub.bericht;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/**
 * The hub's identity rules (decisions §2, §4): the authenticated channel decides who the sender is.
 * The partner's role must be the role that sends this message type, the header must name that
 * partner as sender (the Ontvanger for a retour, whose header is copied from the heenbericht), and
 * the receiver must be a known partner of the other role.
 */
@Component
class SenderCheck {

    private final PartnerDirectory partners;

    SenderCheck(PartnerDirectory partners) {
        this.partners = partners;
    }

    List<Finding> check(Partner partner, BerichtType type, BerichtHeader header) {
        List<Finding> findings = new ArrayList<>();
        if (partner.role() != type.sentBy()) {
            findings.add(Finding.policy(
                    "HUB-ROL",
                    "Partner " + partner.code() + " is a " + partner.role() + " and cannot send a " + type,
                    "Header"));
            return findings;
        }
        String claimedSender = type.isRetour() ? header.ontvanger() : header.afzender();
        String receiver = type.isRetour() ? header.afzender() : header.ontvanger();
        if (!partner.code().equals(claimedSender)) {
            findings.add(Finding.policy(
                    "HUB-AFZENDER",
                    "The header names " + claimedSender + " as sender but the message came from " + partner.code(),
                    "Header"));
        }
        Optional<Partner> addressee = partners.find(receiver);
        if (addressee.isEmpty()) {
            findings.add(Finding.policy(
                    "HUB-ONTVANGER", "Receiver " + receiver + " is not a partner of this hub", "Header"));
        } else if (addressee.get().role() == partner.role()) {
            findings.add(Finding.policy(
                    "HUB-ONTVANGER",
                    "Receiver " + receiver + " is a " + addressee.get().role() + " and cannot receive a " + type,
                    "Header"));
        }
        return findings;
    }
}
