package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class BsnMaskingJsonCustomizerTest {

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void structuredLogLinesHaveTheirBsnsMasked() {
        JsonWriter<String> writer = JsonWriter.of(members -> {
            members.add("message");
            members.add("berichtId", "f47ac10b-58cc-4372-a567-0e02b2c3d479");
            new BsnMaskingJsonCustomizer().customize((JsonWriter.Members) members);
        });

        String json = writer.writeToString("refused: value '999911120' of Postcode");

        assertThat(json)
                .contains("refused: value '*********' of Postcode")
                .doesNotContain("999911120")
                .contains("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    }
}
