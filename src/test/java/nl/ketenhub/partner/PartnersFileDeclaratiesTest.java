package nl.ketenhub.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional {@code declaraties: HUB|BACKEND} of a gemeente in partners.yaml. */
class PartnersFileDeclaratiesTest {

    @TempDir
    Path dir;

    private List<PartnersFile.Entry> load(String declaraties, String code) throws IOException {
        String yaml =
                """
                partners:
                  - code: "%s"
                    naam: Partner
                %s    channels:
                      intake: [HTTP]
                      delivery: {type: PULL}
                """
                        .formatted(code, declaraties == null ? "" : "    declaraties: " + declaraties + "\n");
        return PartnersFile.load(Files.writeString(dir.resolve("partners.yaml"), yaml), true, name -> null);
    }

    @Test
    void defaultsToHub() throws IOException {
        assertThat(load(null, "0384").get(0).partner().declaraties()).isEqualTo(DeclaratieModus.HUB);
    }

    @Test
    void readsBackendAndHubCaseInsensitive() throws IOException {
        assertThat(load("BACKEND", "0363").get(0).partner().declaraties()).isEqualTo(DeclaratieModus.BACKEND);
        assertThat(load("hub", "0363").get(0).partner().declaraties()).isEqualTo(DeclaratieModus.HUB);
    }

    @Test
    void refusesAnUnknownModeAndAModeForAnAanbieder() {
        assertThatThrownBy(() -> load("SOMETIMES", "0363"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("declaraties 'SOMETIMES' is not one of HUB, BACKEND");
        assertThatThrownBy(() -> load("BACKEND", "42420001"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("declaraties only applies to a gemeente");
    }

    @Test
    void theDemoConfigAnswers0363ThroughItsBackOffice() {
        List<PartnersFile.Entry> demo = PartnersFile.load(Path.of("config/partners.yaml"), true, name -> null);
        assertThat(demo.stream().filter(e -> e.partner().code().equals("0363")))
                .singleElement()
                .satisfies(e -> assertThat(e.partner().declaraties()).isEqualTo(DeclaratieModus.BACKEND));
        assertThat(demo.stream().filter(e -> e.partner().code().equals("0384")))
                .singleElement()
                .satisfies(e -> assertThat(e.partner().declaraties()).isEqualTo(DeclaratieModus.HUB));
    }
}
