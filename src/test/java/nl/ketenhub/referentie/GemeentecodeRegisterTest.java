package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GemeentecodeRegisterTest {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");

    /** The file the hub ships. */
    private static final GemeentecodeRegister SHIPPED = new GemeentecodeRegister(new ReferentieProperties(
            Path.of("config/cbs-gemeentecodes.csv"), Path.of("config/productcodes.csv"), Duration.ofHours(1)));

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0384", "0363"})
    void theDemoGemeentenAreValidOnEveryDayTheTestsUse(String code) {
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
            assertThat(SHIPPED.isValid(code, day)).as("%s on %s", code, day).isTrue();
        }
    }

    @Test
    void everyCodeOfThePublishedListsIsValidOnItsPeildatumAndInTheSamples() throws IOException {
        for (String standaard : new String[] {"ijw", "iwmo"}) {
            String list = Files.readString(
                    SHARED.resolve(standaard + "/3.2/codelijsten/CBS_Gemeentecodes.md"), StandardCharsets.UTF_8);
            Matcher peildatum = Pattern.compile("Peildatum\\s*\\|\\s*(\\d\\d)-(\\d\\d)-(\\d{4})")
                    .matcher(list);
            assertThat(peildatum.find()).isTrue();
            LocalDate on = LocalDate.of(
                    Integer.parseInt(peildatum.group(3)),
                    Integer.parseInt(peildatum.group(2)),
                    Integer.parseInt(peildatum.group(1)));
            Matcher row = Pattern.compile("(?m)^\\|\\s*(\\d{4})\\s*\\|").matcher(list);
            int count = 0;
            while (row.find()) {
                assertThat(SHIPPED.isValid(row.group(1), on)).as(row.group(1)).isTrue();
                count++;
            }
            assertThat(count).isEqualTo(342);
        }
    }

    @Test
    void theGemeentecodesOfThePublishedSamplesAreValidOnTheirDates() throws IOException {
        Pattern gemeente = Pattern.compile(":(?:Afzender|Ontvanger)>(\\d{4})<");
        Pattern dates = Pattern.compile(":(?:Dagtekening|Ingangsdatum|ToewijzingIngangsdatum)>(\\d{4}-\\d\\d-\\d\\d)<");
        try (Stream<Path> samples = Stream.concat(
                Files.list(SHARED.resolve("ijw/3.2/berichten")), Files.list(SHARED.resolve("iwmo/3.2/berichten")))) {
            for (Path sample : samples.toList()) {
                String xml = Files.readString(sample, StandardCharsets.UTF_8);
                Matcher code = gemeente.matcher(xml);
                assertThat(code.find()).as(sample.toString()).isTrue();
                Matcher date = dates.matcher(xml);
                while (date.find()) {
                    LocalDate on = LocalDate.parse(date.group(1));
                    assertThat(SHIPPED.isValid(code.group(1), on))
                            .as("%s in %s on %s", code.group(1), sample.getFileName(), on)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void aMergedGemeentesOldCodeStaysValidBeforeTheMergerAndTheNewOneOnlyAfter() {
        LocalDate lastDay = LocalDate.of(2022, 12, 31);
        LocalDate merger = LocalDate.of(2023, 1, 1);

        assertThat(SHIPPED.isValid("0501", lastDay)).isTrue();
        assertThat(SHIPPED.isValid("0501", merger)).isFalse();
        assertThat(SHIPPED.isValid("1992", lastDay)).isFalse();
        assertThat(SHIPPED.isValid("1992", merger)).isTrue();
        assertThat(SHIPPED.isValid("0457", LocalDate.of(2022, 3, 23))).isTrue();
        assertThat(SHIPPED.isValid("0457", LocalDate.of(2022, 3, 24))).isFalse();
        assertThat(SHIPPED.naam("1992", merger)).contains("Voorne aan Zee");
    }

    @Test
    void unknownCodesAndMissingValuesAreNotValid() {
        assertThat(SHIPPED.isValid("9999", LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(SHIPPED.isKnown("9999")).isFalse();
        assertThat(SHIPPED.isValid(null, LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(SHIPPED.isValid("0384", null)).isFalse();
    }

    @Test
    void aReplacedFileIsPickedUpWhileRunning() throws IOException {
        Path file = Files.writeString(dir.resolve("cbs-gemeentecodes.csv"), ReferentieFixtures.GEMEENTECODES);
        GemeentecodeRegister register = new GemeentecodeRegister(ReferentieFixtures.properties(dir, Duration.ZERO));
        assertThat(register.isValid("0599", LocalDate.of(2026, 1, 1))).isFalse();

        Files.writeString(file, ReferentieFixtures.GEMEENTECODES + "0599,Rotterdam,,\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(register.isValid("0599", LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void anInvalidReplacementIsIgnoredAndTheOldDataStays() throws IOException {
        Path file = Files.writeString(dir.resolve("cbs-gemeentecodes.csv"), ReferentieFixtures.GEMEENTECODES);
        GemeentecodeRegister register = new GemeentecodeRegister(ReferentieFixtures.properties(dir, Duration.ZERO));

        Files.writeString(file, "code,naam,geldig-van,geldig-tot\n0599,Rotterdam,never,\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(register.isValid("0384", LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(register.isKnown("0599")).isFalse();
    }

    @Test
    void anInvalidFileStopsTheStart() throws IOException {
        Files.writeString(dir.resolve("cbs-gemeentecodes.csv"), "code,naam,geldig-van,geldig-tot\n0384,Diemen,x,\n");

        assertThatThrownBy(() -> new GemeentecodeRegister(ReferentieFixtures.properties(dir, Duration.ZERO)))
                .isInstanceOf(ReferentieException.class)
                .hasMessageContaining("cbs-gemeentecodes.csv line 2: geldig-van 'x' is not a date");
    }
}
