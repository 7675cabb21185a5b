package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security parts of credentials: certificate subject, broker password, partner tokens off. */
class PartnersFileCredentialsTest {

    @TempDir
    Path dir;

    private static String partner(String code, String credentials) {
        return """
                  - code: "%s"
                    naam: Partner %s
                    channels: {intake: [HTTP, JMS], delivery: {type: JMS}}
                    credentials: %s
                """
                .formatted(code, code, credentials);
    }

    private List<PartnersFile.Entry> load(String partners, boolean allowDemo, boolean tokens, Map<String, String> env)
            throws IOException {
        Path file = Files.writeString(dir.resolve("partners.yaml"), "partners:\n" + partners);
        return PartnersFile.load(file, allowDemo, tokens, env::get);
    }

    @Test
    void theCertificateSubjectIsReadAsAnX500Name() throws IOException {
        PartnersFile.Entry entry = load(
                        partner("0384", "{tokenEnv: T_0384, certificateSubject: \"CN=0384, O=Gemeente Diemen, C=NL\"}"),
                        false,
                        true,
                        Map.of("T_0384", "a-long-enough-token-0384"))
                .get(0);

        assertThat(entry.certificateSubject()).isEqualTo(new X500Principal("cn=0384,o=Gemeente Diemen,c=NL"));
    }

    @Test
    void aSubjectNamesOnePartnerOnlyAndMustBeAName() {
        assertThatThrownBy(() -> load(
                        partner("0384", "{certificateSubject: \"CN=same\"}")
                                + partner("0363", "{certificateSubject: \"CN=same\"}"),
                        false,
                        false,
                        Map.of()))
                .hasMessageContaining("partner 0363 has the same certificateSubject as partner 0384");
        assertThatThrownBy(() -> load(partner("0384", "{certificateSubject: \"no name\"}"), false, false, Map.of()))
                .hasMessageContaining("certificateSubject 'no name' is not an X.500 name");
    }

    @Test
    void theBrokerPasswordComesFromTheEnvironmentOrTheDemoTokenLocally() throws IOException {
        String credentials = "{demoToken: demo-0384, brokerPasswordEnv: BROKER_0384}";

        assertThat(load(partner("0384", credentials), true, true, Map.of("BROKER_0384", "from-env"))
                        .get(0)
                        .brokerPassword())
                .isEqualTo("from-env");
        assertThat(load(partner("0384", credentials), true, true, Map.of())
                        .get(0)
                        .brokerPassword())
                .isEqualTo("demo-0384");
        assertThat(load(partner("0384", "{brokerPasswordEnv: BROKER_0384}"), false, false, Map.of())
                        .get(0)
                        .brokerPassword())
                .isNull();
        assertThatThrownBy(() -> load(partner("0384", "{brokerPasswordEnv: secret123}"), false, false, Map.of()))
                .hasMessageContaining("brokerPasswordEnv 'secret123' is not an environment variable name");
    }

    @Test
    void withPartnerTokensOffNoTokenIsReadOrRequired() throws IOException {
        PartnersFile.Entry entry = load(
                        partner("0384", "{tokenEnv: T_0384, demoToken: demo-0384, certificateSubject: \"CN=0384\"}"),
                        false,
                        false,
                        Map.of("T_0384", "a-long-enough-token-0384"))
                .get(0);

        assertThat(entry.token()).isNull();
        assertThat(entry.certificateSubject()).isEqualTo(new X500Principal("CN=0384"));
    }
}
