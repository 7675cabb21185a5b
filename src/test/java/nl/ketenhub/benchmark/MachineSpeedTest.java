package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmark's yardstick binds the 301s it builds (an invalid one would stop the benchmark at its start). */
class MachineSpeedTest {

    private static final Path JW301 =
            Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden", "ijw/3.2/berichten/JW301.xml");

    @Test
    void bindsValid301sAndReportsARate() throws Exception {
        MachineSpeed speed = new MachineSpeed("tst", Files.readString(JW301));

        assertThat(speed.rate(Duration.ofMillis(200))).isPositive();
    }
}
