package nl.ketenhub.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.format.Formats;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import nl.ketenhub.spreadsheet.SpreadsheetIntake;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The file drop: {@code <inbox>/<partner>/}. Accepted files move to {@code .done/<date>/}; refused
 * ones to {@code .error/} with a {@code <name>.reason.txt} that names every rule they broke. A
 * spreadsheet ({@code .csv}, {@code .xlsx}) goes to {@link SpreadsheetIntake}: its per-row report is
 * {@code .error/<name>.report.csv} at once when refused, else {@code .done/<date>/<name>.report.csv}
 * once the pipeline has decided its messages (see docs/csv.md).
 */
@Component("fileIntake")
class FileIntake {

    private final IntakeService intake;
    private final PartnerDirectory partners;
    private final Formats formats;
    private final SpreadsheetIntake spreadsheets;

    FileIntake(IntakeService intake, PartnerDirectory partners, Formats formats, SpreadsheetIntake spreadsheets) {
        this.intake = intake;
        this.partners = partners;
        this.formats = formats;
        this.spreadsheets = spreadsheets;
    }

    public void receive(Exchange exchange) throws IOException {
        Partner partner = partners.require(exchange.getMessage().getHeader("ketenhubPartner", String.class));
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
            receiveSpreadsheet(exchange, partner, name, lower.endsWith(".xlsx"), payload);
            return;
        }
        String extension = "." + formats.of(partner).fileExtension();
        if (!lower.endsWith(extension)) {
            throw new IntakeRefusedException(
                    null, "OP192: only " + extension + " files are accepted, not '" + name + "'");
        }
        IntakeResult result = intake.receive(partner, Channel.FILE, payload);
        exchange.getMessage().setHeader("ketenhubBerichtId", result.id().toString());
        if (!result.accepted()) {
            throw new IntakeRefusedException(result.id(), result.reason());
        }
    }

    private void receiveSpreadsheet(Exchange exchange, Partner partner, String name, boolean xlsx, byte[] payload)
            throws IOException {
        Path folder = Path.of(exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class));
        String day = LocalDate.now(ZoneId.systemDefault()).format(DateTimeFormatter.BASIC_ISO_DATE);
        String report = folder.resolve(".done")
                .resolve(day)
                .resolve(name + ".report.csv")
                .toString();
        SpreadsheetIntake.Outcome outcome = spreadsheets.receive(partner, Channel.FILE, name, xlsx, payload, report);
        exchange.getMessage().setHeader("ketenhubUploadId", outcome.id().toString());
        if (!outcome.accepted()) {
            Path errors = folder.resolve(".error");
            Files.createDirectories(errors);
            Files.writeString(errors.resolve(name + ".report.csv"), outcome.report(), StandardCharsets.UTF_8);
            throw new IntakeRefusedException(null, "upload " + outcome.id() + " refused; see " + name + ".report.csv");
        }
    }

    /** Called by the file-intake route configuration before the file moves to {@code .error/}. */
    public void writeReason(Exchange exchange) throws IOException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String parent = exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        Path errors = Path.of(parent, ".error");
        Files.createDirectories(errors);
        StringBuilder reason = new StringBuilder();
        if (failure instanceof IntakeRefusedException refused && refused.berichtId() != null) {
            reason.append("bericht ").append(refused.berichtId()).append(System.lineSeparator());
        }
        reason.append(failure == null ? "unknown failure" : failure.getMessage());
        Files.writeString(errors.resolve(name + ".reason.txt"), reason.toString(), StandardCharsets.UTF_8);
    }
}
