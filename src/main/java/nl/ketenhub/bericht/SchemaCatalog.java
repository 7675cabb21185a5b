package nl.ketenhub.bericht;

import java.net.URL;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The compiled XSD of every message type and of the hub's own rejection document, compiled once
 * from the classpath. A compiled {@link Schema} is thread-safe; create a validator per use.
 */
@Component
public final class SchemaCatalog {

    static final String AFWIJZING_RESOURCE = "schemas/hub/afwijzing.xsd";

    /**
     * Protocols the relative {@code basisschema.xsd} import may use: {@code file} for an exploded
     * classpath, {@code jar} and {@code nested} for a (Spring Boot) jar; the JDK checks the inner
     * protocol of a {@code jar:} URL. Never http.
     */
    static final String CLASSPATH_PROTOCOLS = "file,jar,nested";

    private final Map<BerichtType, Schema> schemas;
    private final Schema afwijzing;

    public SchemaCatalog() {
        this(
                Arrays.stream(BerichtType.values())
                        .collect(Collectors.toMap(Function.identity(), t -> resource(t.schemaResource()))),
                resource(AFWIJZING_RESOURCE));
    }

    SchemaCatalog(Map<BerichtType, URL> messageSchemas, URL afwijzing) {
        Map<BerichtType, Schema> compiled = new EnumMap<>(BerichtType.class);
        messageSchemas.forEach((type, url) -> compiled.put(type, compile(url)));
        this.schemas = compiled;
        this.afwijzing = compile(afwijzing);
    }

    /** The schema of the message type; every type has one. */
    public Schema schema(BerichtType type) {
        Schema schema = schemas.get(Objects.requireNonNull(type, "type"));
        if (schema == null) {
            throw new IllegalArgumentException("no schema for " + type);
        }
        return schema;
    }

    /** The schema of the hub's rejection document ({@code urn:ketenhub:afwijzing:v1}). */
    public Schema afwijzing() {
        return afwijzing;
    }

    /** Compiles from a URL, so relative imports resolve next to it, with external access locked down. */
    static Schema compile(URL url) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, CLASSPATH_PROTOCOLS);
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile schema " + url + ": " + e.getMessage(), e);
        }
    }

    private static URL resource(String name) {
        URL url = SchemaCatalog.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("schema " + name + " is not on the classpath");
        }
        return url;
    }
}
