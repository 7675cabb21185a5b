package nl.ketenhub.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.format.Samples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JSON Schemas (schemas/json/) and examples (docs/json/) are what the model and the
 * samples give today, and every sample's JSON is valid against its schema. Regenerate both after a
 * model change with {@code -Dketenhub.regenerate=true}.
 */
class JsonSchemasTest {

    static final Path SCHEMAS = Path.of("schemas/json");
    static final Path EXAMPLES = Path.of("docs/json");
    private static final boolean REGENERATE = Boolean.getBoolean("ketenhub.regenerate");
    private static final XmlTranslators TRANSLATORS = new XmlTranslators();
    private static final JsonFormat FORMAT = new JsonFormat(TRANSLATORS);
    private static final JsonSchemas GENERATOR = new JsonSchemas();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory VALIDATORS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Stream<XmlTranslator> translators() {
        return TRANSLATORS.all().stream();
    }

    static Stream<Sample> validSamples() {
        return Samples.valid().stream();
    }

    @ParameterizedTest
    @MethodSource("translators")
    void theCommittedSchemaIsTheOneTheModelGives(XmlTranslator translator) throws IOException {
        Path file = SCHEMAS.resolve(translator.code() + ".schema.json");
        String generated = GENERATOR.schema(translator);
        if (REGENERATE) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated);
        }
        assertThat(file).as("regenerate with -Dketenhub.regenerate=true").exists();
        assertThat(Files.readString(file))
                .as("%s is out of date with the model; regenerate with -Dketenhub.regenerate=true", file)
                .isEqualTo(generated);
    }

    @Test
    void theCommittedExamplesAreTheSamplesInJson() throws IOException {
        Map<BerichtType, Sample> firstPerType = new LinkedHashMap<>();
        Samples.valid().forEach(sample -> firstPerType.putIfAbsent(sample.type(), sample));
        assertThat(firstPerType).hasSize(BerichtType.values().length);
        for (Sample sample : firstPerType.values()) {
            Path file = EXAMPLES.resolve(sample.type().schemaName() + ".json");
            String json = new String(FORMAT.fromStandard(sample.bytes()), StandardCharsets.UTF_8) + "\n";
            if (REGENERATE) {
                Files.createDirectories(EXAMPLES);
                Files.writeString(file, json);
            }
            assertThat(file).exists();
            assertThat(Files.readString(file))
                    .as("%s is not the JSON of %s; regenerate with -Dketenhub.regenerate=true", file, sample)
                    .isEqualTo(json);
            assertThat(errors(sample.type().schemaName(), JSON.readTree(json))).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void theJsonOfEverySampleIsValidAgainstItsSchema(Sample sample) throws IOException {
        JsonNode json = JSON.readTree(FORMAT.fromStandard(sample.bytes()));

        assertThat(errors(sample.type().schemaName(), json)).isEmpty();
    }

    @Test
    void theSchemaRefusesAnUnknownPropertyAMissingRequiredOneAndAnotherType() throws IOException {
        Sample jw301 = Samples.valid().stream()
                .filter(s -> s.type() == BerichtType.JW301)
                .findFirst()
                .orElseThrow();
        ObjectNode valid = (ObjectNode) JSON.readTree(FORMAT.fromStandard(jw301.bytes()));

        ObjectNode unknown = valid.deepCopy();
        ((ObjectNode) unknown.get("Header")).put("Onbekend", "x");
        ObjectNode missing = valid.deepCopy();
        ((ObjectNode) missing.get("Header")).remove("Afzender");
        ObjectNode otherType = valid.deepCopy().put("berichttype", "jw305");
        ObjectNode wrongDate = valid.deepCopy();
        ((ObjectNode) wrongDate.get("Header").get("BerichtIdentificatie")).put("Dagtekening", "15-04-2026");

        assertThat(errors("jw301", valid)).isEmpty();
        assertThat(errors("jw301", unknown)).anyMatch(m -> m.getMessage().contains("Onbekend"));
        assertThat(errors("jw301", missing)).anyMatch(m -> m.getMessage().contains("Afzender"));
        assertThat(errors("jw301", otherType)).anyMatch(m -> m.getMessage().contains("berichttype"));
        assertThat(errors("jw301", wrongDate)).anyMatch(m -> m.getMessage().contains("Dagtekening"));
    }

    private static Set<ValidationMessage> errors(String code, JsonNode json) throws IOException {
        JsonNode schemaNode =
                JSON.readTree(SCHEMAS.resolve(code + ".schema.json").toFile());
        JsonSchema schema = VALIDATORS.getSchema(schemaNode);
        return schema.validate(json);
    }
}
