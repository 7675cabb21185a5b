package nl.ketenhub.monitoring;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Structured (JSON) logging: masks every string value that holds a 9-digit number passing the
 * 11-proef (message, exception text, MDC values), configured as {@code
 * logging.structured.json.customizer}.
 */
public class BsnMaskingJsonCustomizer implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, BsnMask::mask));
    }
}
