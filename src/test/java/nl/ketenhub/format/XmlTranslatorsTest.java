package nl.ketenhub.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.format.Samples.Sample;
import nl.ketenhub.format.XmlTranslators.Canonical;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** XML to canonical to XML over every published sample and golden file: equal to the original. */
class XmlTranslatorsTest {

    private static final XmlTranslators TRANSLATORS = new XmlTranslators();

    static Stream<Sample> validSamples() {
        return Samples.valid().stream();
    }

    @Test
    void thereIsOneTranslatorPerMessageCodePlusTheRejectionDocument() {
        assertThat(TRANSLATORS.all()).hasSize(BerichtType.values().length + 1);
        for (BerichtType type : BerichtType.values()) {
            assertThat(TRANSLATORS.forType(type).type()).isEqualTo(type);
            assertThat(TRANSLATORS.forType(type).element().getNamespaceURI()).isEqualTo(type.namespace());
        }
    }

    @Test
    void everyMessageCodeHasAPublishedSampleOrGoldenFile() {
        assertThat(Samples.valid().stream().map(Sample::type).distinct())
                .as("the round trip covers every message code of both standards")
                .containsExactlyInAnyOrder(BerichtType.values());
    }

    @Test
    void onlyTheTwoSamplesTheSharedReadmeCallsInvalidAreLeftOut() {
        assertThat(Samples.published().stream()
                        .filter(sample -> !Samples.isValid(sample))
                        .map(sample -> Path.of(sample.name()).getFileName().toString()))
                .containsExactlyInAnyOrder("JW315.xml", "JW318.xml");
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void xmlToCanonicalToXmlIsTheOriginal(Sample sample) {
        String original = sample.xml();

        Canonical canonical = TRANSLATORS.toCanonical(sample.bytes());
        String again = new String(TRANSLATORS.toXml(canonical), StandardCharsets.UTF_8);

        assertThat(canonical.translator().type()).isEqualTo(sample.type());
        assertThat(canonical.message()).isInstanceOf(canonical.translator().root());
        assertEqualXml(original, again);
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void theXmlWrittenFromTheCanonicalModelKeepsTheStandardsPrefixes(Sample sample) {
        BerichtType type = sample.type();
        byte[] again = TRANSLATORS.toXml(TRANSLATORS.toCanonical(sample.bytes()));

        assertThat(new String(again, StandardCharsets.UTF_8))
                .contains("<" + type.schemaName() + ":Bericht")
                .contains(":Identificatie>");
    }

    @Test
    void aDocumentThatIsNoMessageIsUntranslatable() {
        assertThatThrownBy(() -> TRANSLATORS.toCanonical("<a xmlns=\"urn:x\"/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("urn:x");
        assertThatThrownBy(() ->
                        TRANSLATORS.toCanonical("<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"
                                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class);
    }

    static void assertEqualXml(String expected, String actual) {
        Diff diff = DiffBuilder.compare(expected)
                .withTest(actual)
                .ignoreWhitespace()
                .ignoreComments()
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as("%s", diff).isFalse();
    }
}
