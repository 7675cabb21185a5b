package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Level;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TR381Test {

    private static final String PATH = "Client/ToegewezenProducten/ToegewezenProduct[1]";

    @TempDir
    Path dir;

    @Test
    void tr381AcceptsACodeOfItsCategory() throws IOException {
        TR381 rule = new TR381(ReferentieFixtures.productcodes(dir, null));

        assertThat(rule.check("0384", Standaard.IJW, new Product("55", "55A11"), PATH))
                .isEmpty();
    }

    @Test
    void tr381HasNothingToCheckWithoutACode() throws IOException {
        TR381 rule = new TR381(ReferentieFixtures.productcodes(dir, null));

        assertThat(rule.check("0384", Standaard.IJW, new Product("55", null), PATH))
                .isEmpty();
        assertThat(rule.check("0384", Standaard.IJW, null, PATH)).isEmpty();
    }

    @Test
    void tr381RejectsANationalCodeInAnotherCategory() throws IOException {
        TR381 rule = new TR381(ReferentieFixtures.productcodes(dir, null));

        assertThat(rule.check("0384", Standaard.IJW, new Product("45", "55A11"), PATH))
                .get()
                .extracting(Finding::rule, Finding::retourCode, Finding::level, Finding::path, Finding::message)
                .containsExactly(
                        "TR381",
                        "S329",
                        Level.EXTERNAL,
                        PATH,
                        "ProductCode 55A11 does not belong to ProductCategorie 45 in the national product code list");
    }

    @Test
    void tr381RejectsACodeTheGemeentesOwnListDoesNotHaveInThatCategory() throws IOException {
        TR381 rule =
                new TR381(ReferentieFixtures.productcodes(dir, "gemeente,wet,categorie,code\n0384,Wmo,01,ABCDE\n"));

        assertThat(rule.check("0384", Standaard.IWMO, new Product("01", "ABCDE"), PATH))
                .isEmpty();
        assertThat(rule.check("0384", Standaard.IWMO, new Product("02", "ABCDE"), PATH))
                .get()
                .extracting(Finding::message)
                .asString()
                .endsWith("in the product code list of gemeente 0384");
    }
}
