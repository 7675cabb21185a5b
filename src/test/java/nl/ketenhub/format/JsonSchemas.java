package nl.ketenhub.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import java.util.Map;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Generates the JSON Schema of each message code from the canonical model, describing exactly the
 * JSON form {@link JsonForm} reads and writes: the standard's element names, required where the XSD
 * requires, no other properties, dates and times as their XML lexical form.
 */
final class JsonSchemas {

    private static final Map<String, String> PATTERNS = Map.of(
            "date", "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$",
            "time", "^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$",
            "dateTime",
                    "^-?[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$");

    private final SchemaGenerator generator;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    JsonSchemas() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        json, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_ENUMS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withIgnoreCheck(field -> field.isFakeContainerItemScope()
                        ? false
                        : field.getRawMember().getAnnotation(XmlElement.class) == null)
                .withPropertyNameOverrideResolver(field -> JsonForm.elementName(field.getRawMember()))
                .withRequiredCheck(field -> {
                    XmlElement element = field.getRawMember().getAnnotation(XmlElement.class);
                    return element != null && element.required();
                })
                .withInstanceAttributeOverride((node, field, context) -> {
                    XmlSchemaType type = field.getRawMember().getAnnotation(XmlSchemaType.class);
                    if (field.getType().isInstanceOf(XMLGregorianCalendar.class) && type != null) {
                        node.put("pattern", PATTERNS.getOrDefault(type.name(), ".*"));
                        node.put("description", "xs:" + type.name());
                    }
                });
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (!type.isInstanceOf(XMLGregorianCalendar.class)) {
                return null;
            }
            ObjectNode string = context.getGeneratorConfig().createObjectNode().put("type", "string");
            return new CustomDefinition(
                    string, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        });
        this.generator = new SchemaGenerator(config.build());
    }

    /** The schema of one message code, as committed under schemas/json/. */
    String schema(XmlTranslator translator) {
        ObjectNode generated = generator.generateSchema(translator.root());
        ObjectNode schema = json.createObjectNode();
        schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
        schema.put("title", title(translator));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject(JsonForm.TYPE).put("const", translator.code());
        properties.setAll((ObjectNode) generated.get("properties"));
        schema.putArray("required").add(JsonForm.TYPE).addAll(generated.withArray("required"));
        schema.put("additionalProperties", false);
        if (generated.has("$defs")) {
            schema.set("$defs", generated.get("$defs"));
        }
        return write(schema);
    }

    private static String title(XmlTranslator translator) {
        return translator.type() == null
                ? "The hub's rejection document in the JSON form of ketenhub"
                : translator.type().standaard().name() + " 3.2 "
                        + translator.type().name() + " in the JSON form of ketenhub";
    }

    String write(Object tree) {
        try {
            return json.writeValueAsString(tree) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
