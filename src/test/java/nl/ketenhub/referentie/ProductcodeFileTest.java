package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.Standaard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductcodeFileTest {

    private static final String HEADER = "gemeente,wet,categorie,code\n";
    private static final Set<String> CBS = Set.of("0384", "0363");

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("productcodes.csv"), content);
    }

    private String failure(String content) throws IOException {
        Path file = write(content);
        return assertThatThrownBy(() -> ProductcodeFile.load(file, CBS::contains))
                .isInstanceOf(ReferentieException.class)
                .actual()
                .getMessage();
    }

    private String at(int line) {
        return dir.resolve("productcodes.csv") + " line " + line + ": ";
    }

    @Test
    void readsTheListsPerGemeenteAndWet() throws IOException {
        Map<ProductcodeFile.Lijst, Map<String, String>> lists = ProductcodeFile.load(
                write("# own codes\n" + HEADER + "0384,Wmo,01,ABCDE\n0384,wmo,02,BCDEF\n0363,Jeugdwet,45,X1\n"),
                CBS::contains);

        assertThat(lists.get(new ProductcodeFile.Lijst("0384", Standaard.IWMO)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ABCDE", "01", "BCDEF", "02"));
        assertThat(lists.get(new ProductcodeFile.Lijst("0363", Standaard.IJW))).containsEntry("X1", "45");
        assertThat(lists).doesNotContainKey(new ProductcodeFile.Lijst("0384", Standaard.IJW));
    }

    @Test
    void aMissingFileMeansNoOwnLists() {
        assertThat(ProductcodeFile.load(dir.resolve("productcodes.csv"), CBS::contains))
                .isEmpty();
    }

    @Test
    void aFileWithOnlyTheHeaderIsValid() throws IOException {
        assertThat(ProductcodeFile.load(write(HEADER), CBS::contains)).isEmpty();
    }

    @Test
    void aGemeenteOutsideTheCbsListIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Wmo,01,A\n9999,Wmo,01,A\n"))
                .contains(at(3) + "gemeente '9999' is not in the CBS gemeentelijke indeling");
        assertThat(failure(HEADER + "384,Wmo,01,A\n")).contains(at(2) + "gemeente '384' is not a gemeentecode");
    }

    @Test
    void anUnknownWetIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Wlz,01,A\n")).contains(at(2) + "wet 'Wlz' must be Wmo or Jeugdwet");
    }

    @Test
    void aCategorieOfTheOtherLawIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Jeugdwet,01,A\n"))
                .contains(at(2) + "categorie '01' does not exist for the Jeugdwet (31-38, 40-55)");
    }

    @Test
    void aCodeLongerThanFiveCharactersIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Wmo,01,ABCDEF\n")).contains(at(2) + "code 'ABCDEF' must have 1 to 5");
    }

    @Test
    void aCodeListedTwiceIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Wmo,01,A\n0384,Wmo,02,A\n"))
                .contains(at(3) + "code A is already listed for gemeente 0384 (Wmo) at line 2");
    }

    @Test
    void aWrongHeaderIsReported() throws IOException {
        assertThat(failure("gemeente,categorie,code\n"))
                .contains(at(1) + "the header must be 'gemeente,wet,categorie,code'");
    }
}
