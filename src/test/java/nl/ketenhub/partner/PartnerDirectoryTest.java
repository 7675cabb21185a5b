package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.ketenhub.bericht.PartyRole;
import nl.ketenhub.bericht.Standaard;
import org.junit.jupiter.api.Test;

/** Runs against the demo configuration shipped in the project's config/ folder. */
class PartnerDirectoryTest {

    private static final PartnerConfigProperties LOCAL = new PartnerConfigProperties("config", true);

    private final PartnerDirectory directory = new PartnerDirectory(LOCAL, name -> null);

    @Test
    void loadsTheDemoPartners() {
        assertThat(directory.all())
                .extracting(Partner::code)
                .containsExactly("0384", "0363", "42420001", "42420002", "65656055", "12345678", "1992", "42420003");
        assertThat(directory.require("0363").role()).isEqualTo(PartyRole.GEMEENTE);
        assertThat(directory.find("65656055")).get().extracting(Partner::role).isEqualTo(PartyRole.AANBIEDER);
        assertThat(directory.find("9999")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThatThrownBy(() -> directory.require("9999")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void authenticatesByDemoToken() {
        assertThat(directory.authenticateToken("demo-0384"))
                .get()
                .extracting(Partner::code)
                .isEqualTo("0384");
        assertThat(directory.authenticateToken("demo-42420001"))
                .get()
                .extracting(Partner::code)
                .isEqualTo("42420001");
        assertThat(directory.authenticateToken("demo-0385")).isEmpty();
        assertThat(directory.authenticateToken("")).isEmpty();
        assertThat(directory.authenticateToken(null)).isEmpty();
    }

    @Test
    void environmentTokenReplacesTheDemoToken() {
        PartnerDirectory withEnv =
                new PartnerDirectory(LOCAL, Map.of("KETENHUB_TOKEN_0384", "a-real-token-for-diemen")::get);

        assertThat(withEnv.authenticateToken("a-real-token-for-diemen"))
                .get()
                .extracting(Partner::code)
                .isEqualTo("0384");
        assertThat(withEnv.authenticateToken("demo-0384")).isEmpty();
    }

    @Test
    void theJsonAanbiederHasAPushSecretFromItsEnvironmentVariableOrTheDemoValue() {
        assertThat(directory.find("42420002")).get().extracting(Partner::format).isEqualTo("JSON");
        assertThat(directory.pushSecret("42420002"))
                .get()
                .isEqualTo("demo-hmac-secret-42420002".getBytes(StandardCharsets.UTF_8));
        assertThat(directory.pushSecret("42420001")).isEmpty();

        PartnerDirectory withEnv = new PartnerDirectory(
                LOCAL, name -> name.equals("KETENHUB_HMAC_42420002") ? "a-real-secret-of-some-length" : null);
        assertThat(withEnv.pushSecret("42420002"))
                .get()
                .isEqualTo("a-real-secret-of-some-length".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void demoConfigurationIsRefusedOutsideTheLocalProfile() {
        assertThatThrownBy(() -> new PartnerDirectory(new PartnerConfigProperties("config", false), name -> null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config/partners.yaml line ")
                .hasMessageContaining("demoToken is only allowed")
                // a demo HMAC secret is ignored outside the demo: the real one must come from the environment
                .hasMessageContaining(
                        "environment variable KETENHUB_HMAC_42420002 (HMAC secret of partner 42420002) is not set")
                .hasMessageNotContaining("demoHmacSecret");
    }

    @Test
    void contractsCoverThePublishedSamples() {
        ContractRegister register = new ContractRegister(LOCAL, directory);

        List<Contract> jeugd = register.contractsFor("0384", "42420001", Standaard.IJW);
        assertThat(jeugd).extracting(Contract::productcode).containsExactly("55A11", "55A12");
        assertThat(jeugd.get(0).coversPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 14)))
                .isTrue();
        assertThat(register.contractsFor("0384", "42420001", Standaard.IWMO))
                .singleElement()
                .satisfies(c -> assertThat(c.covers("01", "01A01")).isTrue());
        assertThat(register.contractsFor("0384", "65656055", Standaard.IJW))
                .anySatisfy(c -> assertThat(c.covers("45", "45A03") && c.tarief() == 1250L)
                        .isTrue());
        assertThat(register.contractsFor("0363", "65656055", Standaard.IJW))
                .anySatisfy(c -> assertThat(c.covers("55", "55A11")).isTrue());
        assertThat(register.contractsFor("0384", "12345678", Standaard.IWMO)).isEmpty();
        assertThatThrownBy(() ->
                        register.contractsFor("0384", "42420001", Standaard.IJW).add(jeugd.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
