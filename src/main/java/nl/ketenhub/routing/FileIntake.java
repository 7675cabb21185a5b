package nl.ketenhub.routing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.format.Formats;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The file drop: {@code <inbox>/<partner>/}. Accepted files move to {@code .done/<date>/}; refused
 * ones to {@code .error/} with a {@code <name>.reason.txt} that names every rule they broke.
 */
@Component("fileIntake")
class FileIntake {

    private final IntakeService intake;
    private final PartnerDirectory partners;
    private final Formats formats;

    FileIntake(IntakeService intake, PartnerDirectory partners, Formats formats) {
        this.intake = intake;
        this.partners = partners;
        this.formats = formats;
    }

    public void receive(Exchange exchange) {
        Partner partner = partners.require(exchange.getMessage().getHeader("ketenhubPartner", String.class));
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        byte[] payload = exchange.getMessage().getBody(byte[].class);
        String extension = "." + formats.of(partner).fileExtension();
        if (name == null || !name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            throw new IntakeRefusedException(
                    null, "OP192: only " + extension + " files are accepted, not '" + name + "'");
        }
        IntakeResult result = intake.receive(partner, Channel.FILE, payload);
        exchange.getMessage().setHeader("ketenhubBerichtId", result.id().toString());
        if (!result.accepted()) {
            throw new IntakeRefusedException(result.id(), result.reason());
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
