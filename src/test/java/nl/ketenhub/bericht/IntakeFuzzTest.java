package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random and mutated bytes through what the hub does with a message before its state rules: the
 * intake inspection (size, encoding, hardened parse, message type, BerichtCode, XSD), then for an
 * accepted message the JAXB binding, the header rule TR135 and the in-message (level 2) rules of
 * its family. The only allowed outcomes are an accepted inspection or refusal findings; any
 * exception fails.
 *
 * <p>The normal test run is Jazzer's regression mode: it runs the published samples and a fixed
 * set of {@value #MUTANTS} mutants of them (seeded random, the same every run), a few seconds.
 * {@code JAZZER_FUZZ=1} turns it into coverage-guided fuzzing seeded with the same inputs, for at
 * most {@code maxDuration} (see README, "Hostile input").
 */
class IntakeFuzzTest {

    static final int MUTANTS = 150;

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9,}");
    private static final String[] HOSTILE = {
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "&e;",
        "<![CDATA[",
        "]]>",
        "&#0;",
        "&#x1F600;",
        "\u0000",
        "\uFEFF",
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>",
        "999999999999999999999",
        "-1",
        "2026-02-30",
        "<a>",
        "</",
        "\"",
        "encoding=\"UTF-16\"",
        "xmlns=\"\"",
    };
    private static final String[] VALUES = {
        "",
        " ",
        "0",
        "00",
        "-1",
        "1.5",
        "A",
        "99999999999999",
        "2026-02-30",
        "9999-12-31",
        "0001-01-01",
        "x".repeat(300)
    };

    private static final IntakeInspector INSPECTOR =
            new IntakeInspector(new SchemaCatalog(), IntakeProperties.defaults());
    private static final BerichtUnmarshaller UNMARSHALLER = unmarshaller();
    private static final Map<Integer, BiFunction<BerichtUnmarshaller, InboundBericht, List<Finding>>> LEVEL2 = Map.of(
            301, nl.ketenhub.toewijzing.Level2ForFuzzing::toewijzing301,
            305, nl.ketenhub.regie.Level2ForFuzzing::start305,
            307, nl.ketenhub.regie.Level2ForFuzzing::stop307,
            315, nl.ketenhub.verzoek.Level2ForFuzzing::verzoek315,
            317, nl.ketenhub.verzoek.Level2ForFuzzing::verzoek317,
            319, nl.ketenhub.verzoek.Level2ForFuzzing::antwoord319,
            323, nl.ketenhub.declaratie.Level2ForFuzzing::declaratie323,
            325, nl.ketenhub.declaratie.Level2ForFuzzing::antwoord325);

    @MethodSource("publishedSamplesAndTheirMutants")
    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"<!DOCTYPE", "<!ENTITY", "SYSTEM", "&#x", "<![CDATA[", "xmlns", "BerichtCode", "Bericht"})
    void intakeAcceptsOrRefusesCleanly(byte[] input) {
        Inspection inspection = INSPECTOR.inspect(input);

        if (!inspection.accepted()) {
            assertThat(inspection.findings()).allSatisfy(finding -> {
                assertThat(finding.rule()).isNotBlank();
                assertThat(finding.message()).isNotBlank().doesNotContainPattern(NINE_DIGITS);
            });
            return;
        }
        assertThat(inspection.type()).isNotNull();
        assertThat(inspection.header()).isNotNull();
        assertThat(inspection.document()).isNotNull();
        InboundBericht bericht = new InboundBericht(
                UUID.randomUUID(), "fuzz", inspection.type(), inspection.header(), inspection.document(), input);
        TR135.check(bericht.header(), Clock.systemUTC());
        BiFunction<BerichtUnmarshaller, InboundBericht, List<Finding>> level2 =
                LEVEL2.get(inspection.type().nummer());
        if (level2 != null) {
            assertThat(level2.apply(UNMARSHALLER, bericht))
                    .allSatisfy(finding -> assertThat(finding.message()).isNotBlank());
        }
    }

    static Stream<byte[]> publishedSamplesAndTheirMutants() throws IOException {
        List<byte[]> samples = new ArrayList<>();
        for (String standard : List.of("ijw", "iwmo")) {
            try (Stream<Path> files =
                    Files.list(SHARED.resolve(standard).resolve("3.2").resolve("berichten"))) {
                files.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(f -> samples.add(read(f)));
            }
        }
        assertThat(samples).as("published samples under %s", SHARED).hasSizeGreaterThan(20);
        Random random = new Random(6);
        List<byte[]> inputs = new ArrayList<>(samples);
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = samples.get(random.nextInt(samples.size()));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                mutant = mutate(mutant, random);
            }
            inputs.add(mutant);
        }
        return inputs.stream();
    }

    /** One of: flip a byte, cut a range, repeat a range, insert a hostile fragment, replace a value, truncate. */
    static byte[] mutate(byte[] input, Random random) {
        if (input.length < 2) {
            return HOSTILE[random.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(input.length);
        int length = Math.min(input.length - at, 1 + random.nextInt(64));
        switch (random.nextInt(6)) {
            case 0:
                byte[] flipped = input.clone();
                flipped[at] = (byte) random.nextInt(256);
                return flipped;
            case 1:
                return concat(slice(input, 0, at), slice(input, at + length, input.length));
            case 2:
                return concat(slice(input, 0, at + length), slice(input, at, input.length));
            case 3:
                byte[] fragment = HOSTILE[random.nextInt(HOSTILE.length)].getBytes(StandardCharsets.UTF_8);
                return concat(concat(slice(input, 0, at), fragment), slice(input, at, input.length));
            case 4:
                return replaceValue(input, at, VALUES[random.nextInt(VALUES.length)]);
            default:
                return slice(input, 0, at);
        }
    }

    /** The first element text from {@code from} on replaced by the value: keeps the structure, so level 2 sees it. */
    private static byte[] replaceValue(byte[] input, int from, String value) {
        for (int i = from; i < input.length - 1; i++) {
            if (input[i] == '>' && input[i + 1] != '<' && !Character.isWhitespace(input[i + 1])) {
                int end = i + 1;
                while (end < input.length && input[end] != '<') {
                    end++;
                }
                return concat(
                        concat(slice(input, 0, i + 1), value.getBytes(StandardCharsets.UTF_8)),
                        slice(input, end, input.length));
            }
        }
        return input;
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BerichtUnmarshaller unmarshaller() {
        try {
            return new BerichtUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
