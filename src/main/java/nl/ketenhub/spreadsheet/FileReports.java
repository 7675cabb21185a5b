package nl.ketenhub.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the final report of a file-drop upload ({@code .done/<date>/<name>.report.csv}) once every
 * message of the upload is decided, or after {@code ketenhub.spreadsheet.report-timeout} with the
 * rows still undecided marked "in behandeling", complete or not at all (a rename). Run by the timer
 * route spreadsheet-reports.
 */
@Component("spreadsheetReports")
public class FileReports {

    private static final Logger LOG = LoggerFactory.getLogger(FileReports.class);

    private final UploadStore store;
    private final SpreadsheetIntake spreadsheets;
    private final SpreadsheetProperties properties;
    private final Clock clock;

    FileReports(UploadStore store, SpreadsheetIntake spreadsheets, SpreadsheetProperties properties, Clock clock) {
        this.store = store;
        this.spreadsheets = spreadsheets;
        this.properties = properties;
        this.clock = clock;
    }

    public void writeDue() throws IOException {
        Instant now = clock.instant();
        for (UUID id : store.unreported()) {
            UploadStore.Upload upload = store.find(id).orElseThrow();
            List<ReportLine> lines = spreadsheets.lines(id);
            boolean complete = lines.stream().allMatch(ReportLine::decided);
            boolean late = upload.ontvangenOp().plus(properties.reportTimeout()).isBefore(now);
            if (complete || late) {
                write(Path.of(upload.rapportPad()), UploadReport.csv(lines));
                store.reported(id, now);
                LOG.info("upload {}: report written ({})", id, complete ? "complete" : "after timeout");
            }
        }
    }

    /**
     * Written under a temporary name next to the target, then renamed: whoever watches the folder
     * (the partner's system) sees no report or the whole report, never a half-written one. File intake
     * writes a refused upload's report in {@code .error/} the same way.
     */
    public static void write(Path target, String report) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(".tmp-" + target.getFileName());
        Files.writeString(temporary, report, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
