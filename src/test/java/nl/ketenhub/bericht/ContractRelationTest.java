package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.ketenhub.partner.ContractRegister;
import nl.ketenhub.partner.PartnerConfigProperties;
import nl.ketenhub.partner.PartnerDirectory;
import org.junit.jupiter.api.Test;

/** HUB-AUTORISATIE-CONTRACT on the demo partners and contracts of config/. */
class ContractRelationTest {

    private static final PartnerConfigProperties CONFIG = new PartnerConfigProperties("config", true);
    private final PartnerDirectory partners = new PartnerDirectory(CONFIG);
    private final ContractRelation rule = new ContractRelation(new ContractRegister(CONFIG, partners));

    private java.util.List<Finding> check(String sender, BerichtType type, String afzender, String ontvanger) {
        BerichtHeader header =
                new BerichtHeader(type, afzender, ontvanger, "ID1", LocalDate.of(2026, 4, 1), "1.0.0", "1.0.0");
        return rule.check(partners.require(sender), type, header);
    }

    @Test
    void anAanbiederSendsToAGemeenteItHoldsAContractWithUnderThatLaw() {
        assertThat(check("42420001", BerichtType.JW315, "42420001", "0384")).isEmpty();
        assertThat(check("65656055", BerichtType.WMO323, "65656055", "0363")).isEmpty();
    }

    @Test
    void withoutAContractForTheGemeenteOrTheLawItCannot() {
        assertThat(check("42420001", BerichtType.JW315, "42420001", "0363"))
                .extracting(Finding::rule)
                .containsExactly("HUB-AUTORISATIE-CONTRACT");
        assertThat(check("12345678", BerichtType.WMO305, "12345678", "0384"))
                .extracting(Finding::rule)
                .containsExactly("HUB-AUTORISATIE-CONTRACT");
        assertThat(check("42420001", BerichtType.JW323, "42420001", "1992"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Jeugdwet").contains("1992"));
    }

    @Test
    void retoursAndTheGemeentesOwnMessagesAreNotItsConcern() {
        assertThat(check("12345678", BerichtType.JW302, "0384", "12345678")).isEmpty();
        assertThat(check("0384", BerichtType.JW301, "0384", "12345678")).isEmpty();
    }
}
