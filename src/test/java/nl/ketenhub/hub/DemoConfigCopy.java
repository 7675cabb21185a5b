package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A copy of the demo configuration (config/) for a test hub of its own, with partners.yaml edited. */
public final class DemoConfigCopy {

    private DemoConfigCopy() {}

    /** Copies config/ to the target folder; the edit must change partners.yaml. */
    public static Path of(Path target, UnaryOperator<String> partnersEdit) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(Path.of("config"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path partners = target.resolve("partners.yaml");
            String yaml = Files.readString(partners);
            String edited = partnersEdit.apply(yaml);
            assertThat(edited).as("the edited partners.yaml").isNotEqualTo(yaml);
            Files.writeString(partners, edited);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
