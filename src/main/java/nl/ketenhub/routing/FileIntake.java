package nl.ketenhub.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.format.Formats;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import nl.ketenhub.spreadsheet.FileReports;
import nl.ketenhub.spreadsheet.SpreadsheetIntake;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The file drop: {@code <inbox>/<partner>/}. Accepted files move to {@code .done/<date>/}; refused
 * ones to {@code .error/} with a {@code <name>.reason.txt} that names every rule they broke. The
 * drop reads only regular files of at most {@code ketenhub.intake.max-bytes} named after the
 * partner's format ({@code *.xml}, {@code *.json}) or a spreadsheet; anything else is refused without
 * being read, and the refusal is in the message log. Hidden files (a name starting with a dot) are not
 * picked up: a partner may write under such a name and rename. A spreadsheet ({@code .csv},
 * {@code .xlsx}) goes to {@link SpreadsheetIntake}: its per-row report is {@code
 * .error/<name>.report.csv} at once when refused, else {@code .done/<date>/<name>.report.csv} once the
 * pipeline has decided its messages (see docs/csv.md).
 */
@Component("fileIntake")
class FileIntake {

    /** Longest file name (in bytes) most file systems allow. */
    static final int MAX_NAME_BYTES = 255;

    private static final String REASON = ".reason.txt";

    private final IntakeService intake;
    private final IntakeInspector inspector;
    private final PartnerDirectory partners;
    private final Formats formats;
    private final SpreadsheetIntake spreadsheets;

    FileIntake(
            IntakeService intake,
            IntakeInspector inspector,
            PartnerDirectory partners,
            Formats formats,
            SpreadsheetIntake spreadsheets) {
        this.intake = intake;
        this.inspector = inspector;
        this.partners = partners;
        this.formats = formats;
        this.spreadsheets = spreadsheets;
    }

    public void receive(Exchange exchange) throws IOException {
        Partner partner = partners.require(exchange.getMessage().getHeader("ketenhubPartner", String.class));
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        String path = exchange.getMessage().getHeader(Exchange.FILE_PATH, String.class);
        Long length = exchange.getMessage().getHeader(Exchange.FILE_LENGTH, Long.class);
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        boolean spreadsheet = lower.endsWith(".csv") || lower.endsWith(".xlsx");
        String extension = "." + formats.of(partner).fileExtension();
        if (!spreadsheet && !lower.endsWith(extension)) {
            refuse(
                    partner,
                    Finding.format("OP192", "only " + extension + " files are accepted, not '" + mask(name) + "'"));
        }
        if (path != null && !Files.isRegularFile(Path.of(path), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            refuse(
                    partner,
                    Finding.format("HUB-BESTAND", "'" + mask(name) + "' is not a regular file; it is not read"));
        }
        if (length != null && length > inspector.maxBytes()) {
            refuse(partner, inspector.tooLarge(length + " bytes"));
        }
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        if (spreadsheet) {
            receiveSpreadsheet(exchange, partner, name, lower.endsWith(".xlsx"), payload);
            return;
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
            FileReports.write(folder.resolve(".error").resolve(name + ".report.csv"), outcome.report());
            throw new IntakeRefusedException(null, "upload " + outcome.id() + " refused; see " + name + ".report.csv");
        }
    }

    private void refuse(Partner partner, Finding finding) {
        IntakeResult result = intake.refuse(partner, Channel.FILE, finding);
        throw new IntakeRefusedException(result.id(), result.reason());
    }

    private static String mask(String name) {
        return name == null ? "" : IntakeInspector.mask(name);
    }

    /** Called by the file-intake route configuration before the file moves to {@code .error/}. */
    public void writeReason(Exchange exchange) throws IOException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String parent = exchange.getMessage().getHeader(Exchange.FILE_PARENT, String.class);
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        UUID id = failure instanceof IntakeRefusedException refused ? refused.berichtId() : null;
        writeReason(
                Files.createDirectories(Path.of(parent, ".error")),
                name,
                id,
                failure == null ? "unknown failure" : failure.getMessage());
    }

    static void writeReason(Path errors, String name, UUID id, String reason) throws IOException {
        StringBuilder text = new StringBuilder();
        if (id != null) {
            text.append("bericht ").append(id).append(System.lineSeparator());
        }
        text.append(reason);
        // written whole or not at all: whoever watches .error/ never reads a half-written reason
        Path written = Files.createTempFile(errors, ".reason-", ".tmp");
        try {
            Files.writeString(written, text.toString(), StandardCharsets.UTF_8);
            Files.move(
                    written,
                    errors.resolve(reasonName(name)),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /** {@code <name>.reason.txt}; a name too long for that is cut (on a character boundary). */
    static String reasonName(String name) {
        String base = name;
        while (base.getBytes(StandardCharsets.UTF_8).length + REASON.length() > MAX_NAME_BYTES) {
            int cut = base.offsetByCodePoints(base.length(), -1);
            base = base.substring(0, cut);
        }
        return base + REASON;
    }
}
