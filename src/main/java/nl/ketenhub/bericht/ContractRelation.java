package nl.ketenhub.bericht;

import java.util.List;
import nl.ketenhub.partner.ContractRegister;
import nl.ketenhub.partner.Partner;
import org.springframework.stereotype.Component;

/**
 * HUB-AUTORISATIE-CONTRACT: an aanbieder sends a heenbericht (305, 307, 315, 317, 323) only to a
 * gemeente it holds a contract with under that law (config/contracts.yaml, any period). Retours
 * answer what the gemeente sent and pass. A gemeente's 301 to an aanbieder without contract is the
 * 301 contract policy's (HUB-CONTRACT), which answers with the hub's rejection document.
 */
@Component
class ContractRelation {

    static final String RULE = "HUB-AUTORISATIE-CONTRACT";

    private final ContractRegister contracts;

    ContractRelation(ContractRegister contracts) {
        this.contracts = contracts;
    }

    List<Finding> check(Partner partner, BerichtType type, BerichtHeader header) {
        if (partner.role() != PartyRole.AANBIEDER || type.isRetour()) {
            return List.of();
        }
        String gemeente = header.ontvanger();
        if (!contracts.contractsFor(gemeente, partner.code(), type.standaard()).isEmpty()) {
            return List.of();
        }
        return List.of(Finding.policy(
                RULE,
                "Aanbieder " + partner.code() + " holds no " + type.standaard().wet() + " contract with gemeente "
                        + gemeente + " and cannot send it a " + type,
                "Header"));
    }
}
