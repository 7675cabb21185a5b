package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TR378Test {

    @TempDir
    Path dir;

    private TR378 rule;

    @BeforeEach
    void register() throws IOException {
        rule = new TR378(ReferentieFixtures.gemeentecodes(dir));
    }

    @Test
    void tr378AcceptsACodeValidOnTheDate() {
        assertThat(rule.check("0384", LocalDate.of(2026, 4, 1), "Header")).isEmpty();
        assertThat(rule.check("1992", LocalDate.of(2023, 1, 1), "Header")).isEmpty();
        assertThat(rule.check("0501", LocalDate.of(2022, 12, 31), "Header")).isEmpty();
    }

    @Test
    void tr378RejectsANewGemeentesCodeBeforeItExisted() {
        assertThat(rule.check("1992", LocalDate.of(2022, 12, 31), "Header"))
                .get()
                .extracting(Finding::rule, Finding::retourCode, Finding::level, Finding::path)
                .containsExactly("TR378", "S300", Level.EXTERNAL, "Header");
    }

    @Test
    void tr378RejectsAMergedGemeentesCodeAfterTheMerger() {
        assertThat(rule.check("0501", LocalDate.of(2023, 1, 1), "Header"))
                .get()
                .extracting(Finding::message)
                .isEqualTo("Gemeentecode 0501 was not a gemeentecode on 2023-01-01 (CBS gemeentelijke indeling)");
    }

    @Test
    void tr378RejectsAnUnknownCodeOnItsPath() {
        assertThat(rule.check("9999", LocalDate.of(2026, 4, 1), "Client/AangevraagdeProducten/AangevraagdProduct[1]"))
                .get()
                .extracting(Finding::path, Finding::retourCode)
                .containsExactly("Client/AangevraagdeProducten/AangevraagdProduct[1]", "S300");
    }

    @Test
    void tr378LeavesMissingValuesToOtherRules() {
        assertThat(rule.check(null, LocalDate.of(2026, 4, 1), "Header")).isEmpty();
        assertThat(rule.check("9999", null, "Header")).isEmpty();
    }
}
