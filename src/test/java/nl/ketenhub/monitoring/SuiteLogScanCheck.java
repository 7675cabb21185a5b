package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.ketenhub.canonical.Elfproef;
import org.junit.jupiter.api.Test;

/**
 * Scans the console output of the whole test suite (surefire writes it to
 * target/surefire-reports/*-output.txt) for a test BSN in clear text: a free-standing 9999xxxxx
 * number that passes the 11-proef. Runs in its own surefire execution after the suite (pom.xml,
 * execution bsn-log-scan), so it is not part of the suite and has no order to depend on. Reports file
 * and line, never the number.
 */
class SuiteLogScanCheck {

    private static final Pattern TEST_BSN = Pattern.compile("(?<![0-9A-Za-z])9999[0-9]{5}(?![0-9A-Za-z])");

    @Test
    void noTestBsnInTheSuitesLogOutput() throws IOException {
        Path reports = Path.of("target", "surefire-reports");
        List<Path> outputs;
        try (Stream<Path> files = Files.list(reports)) {
            outputs = files.filter(f -> f.getFileName().toString().endsWith("-output.txt"))
                    .toList();
        }
        assertThat(outputs)
                .as("console output files of the suite in %s", reports)
                .isNotEmpty();

        List<String> findings = new ArrayList<>();
        for (Path output : outputs) {
            List<String> lines = Files.readAllLines(output, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = TEST_BSN.matcher(lines.get(i));
                while (matcher.find()) {
                    if (Elfproef.isValid(matcher.group())) {
                        findings.add(output.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(findings).as("lines with a BSN in clear text").isEmpty();
    }
}
