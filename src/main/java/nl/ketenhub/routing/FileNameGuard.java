package nl.ketenhub.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.IntakeResult;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.partner.PartnerDirectory;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;
import org.springframework.stereotype.Component;

/**
 * The file drop's filter: a name too long for the drop's lock marker ({@code <name>.camelLock})
 * would never be read, so such a file is refused here instead: logged without payload, moved to
 * {@code .error/} with its reason. Every other file passes to {@link FileIntake}.
 */
@Component("fileNameGuard")
class FileNameGuard implements GenericFileFilter<Object> {

    /** 255 bytes minus the lock marker's suffix. */
    static final int MAX_NAME_BYTES = FileIntake.MAX_NAME_BYTES - ".camelLock".length();

    /** A file modified more recently (wall clock, as the file system) may still be written: refused on a later poll. */
    private static final Duration SETTLED = Duration.ofSeconds(1);

    private final IntakeService intake;
    private final PartnerDirectory partners;

    FileNameGuard(IntakeService intake, PartnerDirectory partners) {
        this.intake = intake;
        this.partners = partners;
    }

    @Override
    public boolean accept(GenericFile<Object> file) {
        String name = file.getFileNameOnly();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (file.isDirectory() || bytes <= MAX_NAME_BYTES) {
            return true;
        }
        if (file.getLastModified() > System.currentTimeMillis() - SETTLED.toMillis()) {
            return false;
        }
        Path path = Path.of(file.getAbsoluteFilePath());
        String partner = path.getParent().getFileName().toString();
        IntakeResult result = intake.refuse(
                partners.require(partner),
                Channel.FILE,
                Finding.format(
                        "HUB-BESTAND",
                        "the file name is " + bytes + " bytes; the drop reads names of at most " + MAX_NAME_BYTES
                                + " bytes"));
        try {
            Path errors = Files.createDirectories(path.resolveSibling(".error"));
            Files.move(path, errors.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            FileIntake.writeReason(errors, name, result.id(), result.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
