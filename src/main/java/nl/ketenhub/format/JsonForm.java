package nl.ketenhub.format;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import jakarta.xml.bind.annotation.XmlElement;
import java.lang.reflect.Field;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import nl.ketenhub.format.XmlTranslators.Canonical;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The JSON form of the canonical model. Property names are the standard's element names ({@code
 * Header}, {@code Client}, {@code Bsn}), in the standard's order; dates and times are the XML
 * lexical form ({@code "2026-04-15"}); absent elements are absent properties. The top-level object
 * names its message code in {@value #TYPE} ({@code "jw305"}), so one endpoint takes every type. A
 * message that breaks a constraint of the canonical model ({@link CanonicalConstraints}) is refused
 * before it is translated.
 */
public final class JsonForm {

    /** The property that names the message code. */
    public static final String TYPE = "berichttype";

    private final XmlTranslators translators;
    private final JsonMapper mapper;

    public JsonForm(XmlTranslators translators) {
        this.translators = translators;
        SimpleModule datatypes = new SimpleModule("xml-datatypes");
        datatypes.addSerializer(XMLGregorianCalendar.class, ToStringSerializer.instance);
        datatypes.addDeserializer(XMLGregorianCalendar.class, new LexicalCalendar());
        this.mapper = JsonMapper.builder()
                .annotationIntrospector(new XmlElementNames())
                .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                        .withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(datatypes)
                .build();
    }

    public byte[] write(Canonical canonical) {
        ObjectNode json = mapper.getNodeFactory().objectNode();
        json.put(TYPE, canonical.translator().code());
        json.setAll((ObjectNode) mapper.valueToTree(canonical.message()));
        return mapper.writeValueAsBytes(json);
    }

    public Canonical read(byte[] json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new UntranslatableException("not well-formed JSON: " + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new UntranslatableException("a JSON message is an object");
        }
        ObjectNode message = ((ObjectNode) tree).deepCopy();
        JsonNode code = message.remove(TYPE);
        if (code == null || !code.isString()) {
            throw new UntranslatableException("a JSON message names its type in \"" + TYPE + "\", e.g. \"jw305\"");
        }
        XmlTranslator translator = translators
                .forCode(code.asString())
                .orElseThrow(() -> new UntranslatableException("\"" + TYPE + "\" '" + code.asString()
                        + "' is not a message code (jw301 ... jw325, wmo301 ... wmo325)"));
        Object canonical;
        try {
            canonical = mapper.treeToValue(message, translator.root());
        } catch (JacksonException e) {
            throw new UntranslatableException(
                    "not a " + translator.code() + " at " + e.getPathReference() + ": " + e.getOriginalMessage(), e);
        }
        List<String> violations = CanonicalConstraints.violations(canonical);
        if (!violations.isEmpty()) {
            throw new UntranslatableException(
                    "not a valid " + translator.code() + ": " + String.join("; ", violations));
        }
        return new Canonical(translator, canonical);
    }

    JsonMapper mapper() {
        return mapper;
    }

    /** The element name of a field bound by {@code @XmlElement}; the property's JSON name. */
    static String elementName(Field field) {
        XmlElement element = field.getAnnotation(XmlElement.class);
        return element == null || "##default".equals(element.name()) ? field.getName() : element.name();
    }

    private static final class XmlElementNames extends JacksonAnnotationIntrospector {

        @Override
        public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated a) {
            return a instanceof AnnotatedField field
                    ? PropertyName.construct(elementName(field.getAnnotated()))
                    : super.findNameForSerialization(config, a);
        }

        @Override
        public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated a) {
            return a instanceof AnnotatedField field
                    ? PropertyName.construct(elementName(field.getAnnotated()))
                    : super.findNameForDeserialization(config, a);
        }
    }

    /** An xs:date, xs:time or xs:dateTime from its lexical form, kept as written. */
    private static final class LexicalCalendar extends StdScalarDeserializer<XMLGregorianCalendar> {

        private final DatatypeFactory factory;

        LexicalCalendar() {
            super(XMLGregorianCalendar.class);
            try {
                this.factory = DatatypeFactory.newInstance();
            } catch (DatatypeConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public XMLGregorianCalendar deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            if (text == null) {
                return (XMLGregorianCalendar) ctxt.handleUnexpectedToken(XMLGregorianCalendar.class, p);
            }
            try {
                return factory.newXMLGregorianCalendar(text.trim());
            } catch (IllegalArgumentException e) {
                return (XMLGregorianCalendar)
                        ctxt.handleWeirdStringValue(XMLGregorianCalendar.class, text, "not an XML date or time");
            }
        }
    }
}
