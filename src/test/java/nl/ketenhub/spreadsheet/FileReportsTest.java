package nl.ketenhub.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file-drop report appears whole under its name, in a folder made for it, with no temporary file left. */
class FileReportsTest {

    @TempDir
    Path folder;

    @Test
    void aReportIsWrittenWholeIntoANewFolderAndNoTemporaryFileIsLeft() throws Exception {
        Path target = folder.resolve(".done").resolve("20260404").resolve("starts.csv.report.csv");

        FileReports.write(target, "rij;status\n2;geaccepteerd\n");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("rij;status\n2;geaccepteerd\n");
        try (var names = Files.list(target.getParent())) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactly("starts.csv.report.csv");
        }
    }

    @Test
    void aReportWrittenAgainReplacesTheEarlierOne() throws Exception {
        Path target = folder.resolve("upload.csv.report.csv");
        FileReports.write(target, "eerste\n");

        FileReports.write(target, "tweede\n");

        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("tweede\n");
    }
}
