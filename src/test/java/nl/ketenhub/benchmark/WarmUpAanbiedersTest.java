package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.partner.ContractRegister;
import nl.ketenhub.partner.IntakeChannel;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerConfigProperties;
import nl.ketenhub.partner.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpAanbiedersTest {

    @Test
    void codesAreDistinctAgbCodesNoDemoPartnerHas() {
        List<String> codes = WarmUpAanbieders.codes(80);

        assertThat(codes).hasSize(80).doesNotHaveDuplicates().allMatch(code -> code.matches("[0-9]{8}"));
        assertThat(codes).doesNotContain("42420001", "42420002", "42420003", "65656055", "12345678");
    }

    @Test
    void theHubLoadsTheCopiedConfigWithEveryAanbiederAsACopyOf42420001(@TempDir Path dir) throws Exception {
        List<String> codes = WarmUpAanbieders.codes(3);

        Path config = WarmUpAanbieders.writeConfig(Path.of("config"), dir, codes);

        PartnerConfigProperties properties = new PartnerConfigProperties(config.toString(), true);
        PartnerDirectory partners = new PartnerDirectory(properties);
        ContractRegister contracts = new ContractRegister(properties, partners);
        Partner demo = partners.require("42420001");
        for (String code : codes) {
            Partner partner = partners.require(code);
            // JMS only: a file intake would add a folder poller per aanbieder
            assertThat(partner.intake()).containsExactly(IntakeChannel.JMS);
            assertThat(demo.intake()).contains(IntakeChannel.JMS);
            assertThat(partner.delivery().type()).isEqualTo(demo.delivery().type());
            assertThat(partner.role()).isEqualTo(demo.role());
            assertThat(partner.format()).isEqualTo(demo.format());
            for (Standaard wet : Standaard.values()) {
                assertThat(contracts.contractsFor("0384", code, wet))
                        .as("%s %s", code, wet)
                        .hasSameSizeAs(contracts.contractsFor("0384", "42420001", wet))
                        .isNotEmpty();
            }
        }
        // the demo partners are still all there
        assertThat(partners.all())
                .hasSize(new PartnerDirectory(new PartnerConfigProperties("config", true))
                                .all()
                                .size()
                        + 3);
    }
}
