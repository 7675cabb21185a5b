package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileIntakeReasonNameTest {

    @Test
    void aShortNameKeepsItWhole() {
        assertThat(FileIntake.reasonName("JW301 met spatie.xml")).isEqualTo("JW301 met spatie.xml.reason.txt");
    }

    @Test
    void aLongNameIsCutToFitTheFileSystemOnACharacterBoundary() {
        String name = "é".repeat(120) + ".xml";

        String reason = FileIntake.reasonName(name);

        assertThat(reason.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(FileIntake.MAX_NAME_BYTES);
        assertThat(reason).endsWith(".reason.txt").startsWith("é".repeat(100)).doesNotContain("\uFFFD");
    }
}
