package nl.ketenhub.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import nl.ketenhub.format.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form: XML to JSON to XML is the original for every sample; what is not a message is refused. */
class JsonFormTest {

    private static final XmlTranslators TRANSLATORS = new XmlTranslators();
    private static final JsonFormat FORMAT = new JsonFormat(TRANSLATORS);

    private static final JsonMapper MAPPER = new JsonForm(TRANSLATORS).mapper();

    static Stream<Sample> validSamples() {
        return Samples.valid().stream();
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void xmlToJsonToXmlIsTheOriginal(Sample sample) {
        byte[] json = FORMAT.fromStandard(sample.bytes());
        byte[] xml = FORMAT.toStandard(json);

        XmlTranslatorsTest.assertEqualXml(sample.xml(), new String(xml, StandardCharsets.UTF_8));
    }

    @Test
    void theJsonNamesItsTypeAndUsesTheStandardsElementNamesAndDates() {
        Sample jw305 = Samples.valid().stream()
                .filter(s -> s.type().name().equals("JW305"))
                .findFirst()
                .orElseThrow();

        String json = new String(FORMAT.fromStandard(jw305.bytes()), StandardCharsets.UTF_8);

        assertThat(json)
                .contains("\"berichttype\" : \"jw305\"")
                .contains("\"Header\" : {")
                .contains("\"BerichtCode\" : \"438\"")
                .contains("\"Dagtekening\" : \"2026-04-15\"")
                .doesNotContain("\"header\"");
        assertThat(json.indexOf("\"Header\"")).isLessThan(json.indexOf("\"Client\""));
    }

    @Test
    void aPropertyTheStandardDoesNotKnowIsRefused() {
        String json = "{\"berichttype\":\"jw305\",\"Header\":{\"Onbekend\":\"x\"}}";

        assertThatThrownBy(() -> FORMAT.toStandard(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("Onbekend")
                .hasMessageContaining("jw305");
    }

    @Test
    void aMessageWithoutAKnownTypeIsRefused() {
        assertThatThrownBy(() -> FORMAT.toStandard("{\"Header\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("berichttype");
        assertThatThrownBy(() -> FORMAT.toStandard("{\"berichttype\":\"jw999\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("jw999");
    }

    @Test
    void somethingThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> FORMAT.toStandard("<jw305:Bericht/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("not well-formed JSON");
        assertThatThrownBy(() -> FORMAT.toStandard("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class);
    }

    @Test
    void aJsonMessageThatBreaksAFacetIsRefusedNamingPathAndConstraintButNotTheValue() {
        ObjectNode jw305 = jw305AsJson();
        ((ObjectNode) jw305.get("Client")).put("Bsn", "12345678");

        assertThatThrownBy(() -> FORMAT.toStandard(MAPPER.writeValueAsBytes(jw305)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageStartingWith("not a valid jw305: ")
                .hasMessageContaining("Client.Bsn: @Pattern")
                .hasMessageNotContaining("12345678");
    }

    @Test
    void aJsonMessageWithoutAMandatoryElementIsRefusedBeforeTranslation() {
        ObjectNode jw305 = jw305AsJson();
        ((ObjectNode) jw305.get("Client")).remove("Geslacht");
        ((ObjectNode) jw305.get("Header")).remove("Afzender");

        assertThatThrownBy(() -> FORMAT.toStandard(MAPPER.writeValueAsBytes(jw305)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("Client.Geslacht: @NotNull")
                .hasMessageContaining("Header.Afzender: @NotNull");
    }

    @Test
    void aDateThatIsNoDateIsRefused() {
        String json = "{\"berichttype\":\"jw305\",\"Header\":{\"BerichtIdentificatie\":{\"Dagtekening\":\"morgen\"}}}";

        assertThatThrownBy(() -> FORMAT.toStandard(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UntranslatableException.class)
                .hasMessageContaining("Dagtekening");
    }

    private static ObjectNode jw305AsJson() {
        Sample jw305 = Samples.valid().stream()
                .filter(s -> s.type().name().equals("JW305"))
                .findFirst()
                .orElseThrow();
        return (ObjectNode) MAPPER.readTree(FORMAT.fromStandard(jw305.bytes()));
    }
}
