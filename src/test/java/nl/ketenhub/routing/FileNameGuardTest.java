package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameGuardTest {

    @Test
    void ordinaryOddNamesPass() {
        assertThat(FileNameGuard.problem("met spaties en ünïcødé 文字.xml")).isNull();
        assertThat(FileNameGuard.problem("'; DROP TABLE bericht;--.xml")).isNull();
        assertThat(FileNameGuard.problem("x".repeat(241) + ".xml")).isNull();
    }

    @Test
    void aNameWithoutRoomForTheLockMarkerIsRefused() {
        assertThat(FileNameGuard.problem("x".repeat(242) + ".xml"))
                .contains("246 bytes")
                .contains("245");
        assertThat(FileNameGuard.problem("é".repeat(121) + ".xml")).contains("246 bytes");
    }

    @Test
    void backslashesAndControlCharactersAreRefused() {
        assertThat(FileNameGuard.problem("..\\x.xml")).contains("backslash");
        assertThat(FileNameGuard.problem("a\nb.xml")).contains("control character");
    }
}
