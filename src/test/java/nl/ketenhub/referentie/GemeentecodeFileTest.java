package nl.ketenhub.referentie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GemeentecodeFileTest {

    private static final String HEADER = "code,naam,geldig-van,geldig-tot\n";

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("cbs-gemeentecodes.csv"), content);
    }

    private String failure(String content) throws IOException {
        Path file = write(content);
        return assertThatThrownBy(() -> GemeentecodeFile.load(file))
                .isInstanceOf(ReferentieException.class)
                .actual()
                .getMessage();
    }

    private String at(int line) {
        return dir.resolve("cbs-gemeentecodes.csv") + " line " + line + ": ";
    }

    @Test
    void readsPeriodsCommentsAndQuotedNames() throws IOException {
        Map<String, List<Gemeentecode>> codes = GemeentecodeFile.load(write(ReferentieFixtures.GEMEENTECODES));

        assertThat(codes).containsOnlyKeys("0384", "0501", "1992", "0820");
        assertThat(codes.get("0820")).extracting(Gemeentecode::naam).containsExactly("Nuenen, Gerwen en Nederwetten");
        assertThat(codes.get("1992"))
                .containsExactly(new Gemeentecode("1992", "Voorne aan Zee", LocalDate.of(2023, 1, 1), null));
    }

    @Test
    void aCodeMayHaveSeveralPeriodsThatDoNotOverlap() throws IOException {
        Map<String, List<Gemeentecode>> codes =
                GemeentecodeFile.load(write(HEADER + "0100,Oud,,2019-12-31\n0100,Nieuw,2021-01-01,\n"));

        assertThat(codes.get("0100")).hasSize(2);
    }

    @Test
    void aBadCodeIsReportedWithFileAndLine() throws IOException {
        assertThat(failure("# comment\n" + HEADER + "0384,Diemen,,\n384,Diemen,,\n"))
                .contains(at(4) + "code '384' is not a gemeentecode of 4 digits");
    }

    @Test
    void aBadDateIsReportedWithFileAndLine() throws IOException {
        assertThat(failure(HEADER + "0384,Diemen,2023-02-30,\n"))
                .contains(at(2) + "geldig-van '2023-02-30' is not a date (yyyy-mm-dd)");
    }

    @Test
    void anEndBeforeTheStartIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Diemen,2023-01-01,2022-12-31\n"))
                .contains(at(2) + "geldig-tot 2022-12-31 is before geldig-van 2023-01-01");
    }

    @Test
    void overlappingPeriodsOfOneCodeAreReported() throws IOException {
        assertThat(failure(HEADER + "0100,Oud,,2021-12-31\n0100,Nieuw,2021-01-01,\n"))
                .contains(at(3) + "the period of code 0100 overlaps the one at line 2");
    }

    @Test
    void aWrongHeaderIsReported() throws IOException {
        assertThat(failure("code;naam;van;tot\n0384;Diemen;;\n"))
                .contains(at(1) + "the header must be 'code,naam,geldig-van,geldig-tot'");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsReported() throws IOException {
        assertThat(failure(HEADER + "0384,Diemen\n")).contains(at(2) + "expected 4 fields");
    }

    @Test
    void anUnclosedQuoteIsReported() throws IOException {
        assertThat(failure(HEADER + "0820,\"Nuenen, Gerwen,,\n")).contains(at(2) + "a quoted field is not closed");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        assertThat(failure(HEADER + "x,Diemen,,\n0384,,,\n"))
                .contains("2 problems")
                .contains(at(2))
                .contains(at(3));
    }

    @Test
    void aMissingOrEmptyFileIsReported() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> GemeentecodeFile.load(missing)).hasMessageContaining(missing + ": file not found");
        assertThat(failure("# only a comment\n")).contains(at(1) + "the file is empty");
        assertThat(failure(HEADER)).contains("no gemeentecodes");
    }
}
