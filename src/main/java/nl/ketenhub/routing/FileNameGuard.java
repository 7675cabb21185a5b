package nl.ketenhub.routing;

import java.io.File;
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
 * The file drop's filter for names the drop cannot handle: one too long for its lock marker
 * ({@code <name>.camelLock}), or with a backslash (Camel reads it as a path separator) or a control
 * character. Such a file would never be read and lie in the drop for ever; it is refused here
 * instead: logged without payload, moved to {@code .error/} with its reason. Every other file
 * passes to {@link FileIntake}.
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
        if (file.isDirectory() || !(file.getFile() instanceof File real)) {
            return true;
        }
        String name = real.getName();
        String problem = problem(name);
        if (problem == null) {
            return true;
        }
        if (file.getLastModified() > System.currentTimeMillis() - SETTLED.toMillis()) {
            return false;
        }
        Path path = real.toPath().toAbsolutePath();
        String partner = path.getParent().getFileName().toString();
        IntakeResult result =
                intake.refuse(partners.require(partner), Channel.FILE, Finding.format("HUB-BESTAND", problem));
        try {
            Path errors = Files.createDirectories(path.resolveSibling(".error"));
            // the reason first: once the file shows in .error/, its reason is there in full
            FileIntake.writeReason(errors, name, result.id(), result.reason());
            Files.move(path, errors.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    /** Why the drop cannot take this name; null when it can. */
    static String problem(String name) {
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            return "the file name is " + bytes + " bytes; the drop reads names of at most " + MAX_NAME_BYTES + " bytes";
        }
        if (name.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c))) {
            return "the file name contains a backslash or a control character; the drop does not read such names";
        }
        return null;
    }
}
