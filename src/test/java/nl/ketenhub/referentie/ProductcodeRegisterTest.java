package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import nl.ketenhub.bericht.Standaard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductcodeRegisterTest {

    @TempDir
    Path dir;

    @Test
    void withoutAnOwnListTheNationalConventionApplies() throws IOException {
        ProductcodeRegister register = ReferentieFixtures.productcodes(dir, null);

        assertThat(register.hasOwnList("0384", Standaard.IJW)).isFalse();
        assertThat(register.belongsTo("0384", Standaard.IJW, "45", "45A03")).isTrue();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "11", "11X01")).isTrue();
        assertThat(register.belongsTo("0384", Standaard.IJW, "55", "45A03")).isFalse();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "02", "01A01")).isFalse();
    }

    @Test
    void theNationalConventionCannotJudgeCodesWithoutACategoryPrefix() throws IOException {
        ProductcodeRegister register = ReferentieFixtures.productcodes(dir, null);

        assertThat(register.belongsTo("0384", Standaard.IWMO, "01", "ABCDE")).isTrue();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "02", "1")).isTrue();
    }

    @Test
    void anOwnListReplacesTheNationalOneForThatGemeenteAndWet() throws IOException {
        ProductcodeRegister register = ReferentieFixtures.productcodes(
                dir, "gemeente,wet,categorie,code\n0384,Wmo,01,ABCDE\n0384,Wmo,02,01A01\n");

        assertThat(register.hasOwnList("0384", Standaard.IWMO)).isTrue();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "01", "ABCDE")).isTrue();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "02", "01A01")).isTrue();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "01", "01A01")).isFalse();
        assertThat(register.belongsTo("0384", Standaard.IWMO, "01", "01A02")).isFalse();
        assertThat(register.belongsTo("0384", Standaard.IJW, "45", "45A03")).isTrue();
        assertThat(register.belongsTo("1992", Standaard.IWMO, "01", "01A02")).isTrue();
    }

    @Test
    void aReplacedFileIsPickedUpWhileRunning() throws IOException {
        GemeentecodeRegister gemeentecodes = ReferentieFixtures.gemeentecodes(dir);
        Path file = Files.writeString(dir.resolve("productcodes.csv"), "gemeente,wet,categorie,code\n");
        ProductcodeRegister register =
                new ProductcodeRegister(ReferentieFixtures.properties(dir, Duration.ZERO), gemeentecodes);
        assertThat(register.belongsTo("0384", Standaard.IWMO, "01", "01A02")).isTrue();

        Files.writeString(file, "gemeente,wet,categorie,code\n0384,Wmo,01,01A01\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(register.belongsTo("0384", Standaard.IWMO, "01", "01A02")).isFalse();
    }

    @Test
    void theShippedFileIsValid() {
        ReferentieProperties shipped = new ReferentieProperties(
                Path.of("config/cbs-gemeentecodes.csv"), Path.of("config/productcodes.csv"), Duration.ofHours(1));
        ProductcodeRegister register = new ProductcodeRegister(shipped, new GemeentecodeRegister(shipped));

        assertThat(register.belongsTo("0384", Standaard.IJW, "55", "55A11")).isTrue();
    }
}
