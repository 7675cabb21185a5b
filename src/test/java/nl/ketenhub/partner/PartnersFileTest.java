package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.ketenhub.bericht.PartyRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnersFileTest {

    @TempDir
    Path dir;

    private static final String AANBIEDER =
            """
              - code: "42420001"
                naam: Aanbieder
                channels:
                  intake: [HTTP]
                  delivery: {type: PULL}
            """;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("partners.yaml"), yaml);
    }

    private List<PartnersFile.Entry> load(String yaml, boolean allowDemo, Map<String, String> env) throws IOException {
        return PartnersFile.load(write(yaml), allowDemo, env::get);
    }

    private String failure(String yaml) throws IOException {
        return failure(yaml, false, Map.of());
    }

    private String failure(String yaml, boolean allowDemo, Map<String, String> env) throws IOException {
        Path file = write(yaml);
        UnaryOperator<String> lookup = env::get;
        return assertThatThrownBy(() -> PartnersFile.load(file, allowDemo, lookup))
                .isInstanceOf(ConfigException.class)
                .actual()
                .getMessage();
    }

    private String at(int line) {
        return dir.resolve("partners.yaml") + " line " + line + ": ";
    }

    @Test
    void readsAValidFileWithDefaults() throws IOException {
        List<PartnersFile.Entry> entries = load(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels:
                      intake: [HTTP, jms]
                      delivery: {type: FILE, folder: out/0384}
                    credentials:
                      tokenEnv: TOKEN_0384
                """
                        + AANBIEDER,
                false,
                Map.of("TOKEN_0384", "a-long-enough-token-0384"));

        assertThat(entries).hasSize(2);
        Partner gemeente = entries.get(0).partner();
        assertThat(gemeente.code()).isEqualTo("0384");
        assertThat(gemeente.role()).isEqualTo(PartyRole.GEMEENTE);
        assertThat(gemeente.intake()).isEqualTo(Set.of(IntakeChannel.HTTP, IntakeChannel.JMS));
        assertThat(gemeente.delivery()).isEqualTo(new Delivery(Delivery.Type.FILE, "out/0384"));
        assertThat(gemeente.format()).isEqualTo("XML");
        assertThat(entries.get(0).token()).isEqualTo("a-long-enough-token-0384");
        assertThat(entries.get(1).partner().role()).isEqualTo(PartyRole.AANBIEDER);
        assertThat(entries.get(1).token()).isNull();
    }

    @Test
    void unknownKey() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    nam: Gemeente Diemen
                """);
        assertThat(message).contains(at(3) + "unknown key 'nam' in a partner");
    }

    @Test
    void missingField() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                """);
        assertThat(message).contains(at(2) + "missing field 'channels' in a partner");
    }

    @Test
    void fieldWithoutValue() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam:
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        assertThat(message).contains(at(3) + "field 'naam' in a partner has no value");
    }

    @Test
    void badGemeentecode() throws IOException {
        String message = failure(
                """
                partners:
                  - code: 384
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        assertThat(message).contains(at(2) + "code '384' is neither a gemeentecode (4 digits) nor an AGB code");
    }

    @Test
    void roleNotMatchingTheCode() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    role: AANBIEDER
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        assertThat(message).contains(at(4) + "role 'AANBIEDER' does not match code 0384");
    }

    @Test
    void duplicatePartnerCode() throws IOException {
        String message = failure("partners:\n" + AANBIEDER + AANBIEDER);
        assertThat(message).contains(at(7) + "duplicate partner code 42420001 (also at line 2)");
    }

    @Test
    void duplicateKey() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    naam: Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        assertThat(message).contains(at(4) + "key 'naam' appears twice");
    }

    @Test
    void unknownIntakeChannel() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels:
                      intake: [HTTP, FTP]
                      delivery: {type: PULL}
                """);
        assertThat(message).contains(at(5) + "intake channel 'FTP' is not one of JMS, FILE, HTTP");
    }

    @Test
    void unknownDeliveryType() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels:
                      intake: [HTTP]
                      delivery: {type: SMTP}
                """);
        assertThat(message).contains(at(6) + "delivery type 'SMTP' is not one of JMS, FILE, HTTP, PULL");
    }

    @Test
    void httpDeliveryWithoutUrl() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels:
                      intake: [HTTP]
                      delivery:
                        type: HTTP
                """);
        assertThat(message).contains(at(7) + "delivery type HTTP needs a url");
    }

    @Test
    void httpDeliveryWithRelativeUrl() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels:
                      intake: [HTTP]
                      delivery: {type: HTTP, url: /inbox}
                """);
        assertThat(message).contains(at(6) + "url '/inbox' is not an absolute http(s) URL");
    }

    @Test
    void targetKeyOfAnotherDeliveryType() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels:
                      intake: [HTTP]
                      delivery: {type: JMS, folder: out}
                """);
        assertThat(message).contains(at(6) + "key 'folder' does not apply to delivery type JMS");
    }

    @Test
    void unknownFormat() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    format: EDIFACT
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        assertThat(message).contains(at(4) + "format 'EDIFACT' is not one of XML, JSON, CSV");
    }

    @Test
    void demoTokenOutsideTheLocalProfile() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials:
                      tokenEnv: TOKEN_0384
                      demoToken: demo-0384
                """);
        assertThat(message)
                .contains(at(7) + "demoToken is only allowed when ketenhub.config.allow-demo-tokens=true")
                .doesNotContain("demo-0384");
    }

    @Test
    void tokenEnvironmentVariableNotSet() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials:
                      tokenEnv: TOKEN_0384
                """);
        assertThat(message).contains(at(6) + "environment variable TOKEN_0384 (token of partner 0384) is not set");
    }

    @Test
    void tokenInsteadOfAnEnvironmentVariableName() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials:
                      tokenEnv: s3cr3t-t0ken-value
                """);
        assertThat(message).contains(at(6) + "tokenEnv 's3cr3t-t0ken-value' is not an environment variable name");
    }

    @Test
    void tokenTooShort() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials:
                      tokenEnv: TOKEN_0384
                """,
                false,
                Map.of("TOKEN_0384", "short"));
        assertThat(message)
                .contains(at(6) + "the token in environment variable TOKEN_0384 is shorter than 16 characters")
                .doesNotContain("short\"");
    }

    @Test
    void twoPartnersWithTheSameToken() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials: {tokenEnv: TOKEN_A}
                  - code: "0363"
                    naam: Gemeente Amsterdam
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials: {tokenEnv: TOKEN_B}
                """,
                false,
                Map.of("TOKEN_A", "the-same-token-value", "TOKEN_B", "the-same-token-value"));
        assertThat(message).contains(at(6) + "partner 0363 has the same token as partner 0384");
    }

    @Test
    void aPushSecretComesFromItsEnvironmentVariableOrTheDemoValueAndIsLongEnough() throws IOException {
        String yaml =
                """
                partners:
                  - code: "42420002"
                    naam: Aanbieder op JSON
                    format: JSON
                    channels: {intake: [HTTP], delivery: {type: HTTP, url: "https://ehr.example/in"}}
                    credentials: {tokenEnv: TOKEN_42420002, demoToken: demo-42420002,
                                  hmacSecretEnv: HMAC_42420002, demoHmacSecret: demo-hmac-secret-42420002}
                """;
        assertThat(load(yaml, true, Map.of()).get(0).pushSecret()).isEqualTo("demo-hmac-secret-42420002");
        assertThat(load(yaml, true, Map.of("HMAC_42420002", "from-the-environment"))
                        .get(0)
                        .pushSecret())
                .isEqualTo("from-the-environment");
        assertThat(failure(yaml, true, Map.of("HMAC_42420002", "short")))
                .contains("the HMAC secret in environment variable HMAC_42420002 is shorter than 16 characters");
        assertThat(failure(yaml.replace("hmacSecretEnv: HMAC_42420002, ", ""), true, Map.of()))
                .contains("demoHmacSecret needs hmacSecretEnv beside it");
        assertThat(load(yaml.replaceAll(",\\s*hmacSecretEnv[^}]*", ""), true, Map.of())
                        .get(0)
                        .pushSecret())
                .isNull();
    }

    @Test
    void environmentTokenWinsOverDemoToken() throws IOException {
        String yaml =
                """
                partners:
                  - code: "0384"
                    naam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                    credentials: {tokenEnv: TOKEN_0384, demoToken: demo-0384}
                """;
        assertThat(load(yaml, true, Map.of()).get(0).token()).isEqualTo("demo-0384");
        assertThat(load(yaml, true, Map.of("TOKEN_0384", "from-the-environment"))
                        .get(0)
                        .token())
                .isEqualTo("from-the-environment");
    }

    @Test
    void invalidYaml() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    naam: [unclosed
                """);
        assertThat(message).contains(dir.resolve("partners.yaml") + " line ").contains("not valid YAML");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("partners.yaml");
        assertThatThrownBy(() -> PartnersFile.load(file, false, name -> null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ": file not found");
    }

    @Test
    void reportsEveryProblemInOneMessage() throws IOException {
        String message = failure(
                """
                partners:
                  - code: "0384"
                    nam: Gemeente Diemen
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                  - code: "123"
                    naam: X
                    channels: {intake: [HTTP], delivery: {type: PULL}}
                """);
        assertThat(message)
                .contains("3 problems")
                .contains(at(2))
                .contains(at(3))
                .contains(at(5));
    }
}
