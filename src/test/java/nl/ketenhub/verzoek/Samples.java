package nl.ketenhub.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;

/** The published samples as inbound messages, inspected like intake does (compiled once). */
final class Samples {

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");

    private static IntakeInspector inspector;
    private static BerichtUnmarshaller unmarshaller;

    private Samples() {}

    static synchronized BerichtUnmarshaller unmarshaller() throws Exception {
        if (unmarshaller == null) {
            unmarshaller = new BerichtUnmarshaller();
        }
        return unmarshaller;
    }

    static InboundBericht inbound(String sample) throws Exception {
        return inbound(Files.readAllBytes(SHARED.resolve(sample)));
    }

    /** The published JW315 with its non-existent date 2027-06-31 repaired to 2027-06-30. */
    static InboundBericht repairedJw315() throws Exception {
        String xml = Files.readString(SHARED.resolve("ijw/3.2/berichten/JW315.xml"), StandardCharsets.UTF_8)
                .replace("2027-06-31", "2027-06-30");
        return inbound(xml.getBytes(StandardCharsets.UTF_8));
    }

    static synchronized InboundBericht inbound(byte[] payload) throws Exception {
        if (inspector == null) {
            inspector = new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
        }
        Inspection inspection = inspector.inspect(payload);
        assertThat(inspection.findings()).isEmpty();
        return new InboundBericht(
                UUID.randomUUID(),
                inspection.header().afzender(),
                inspection.type(),
                inspection.header(),
                inspection.document(),
                payload);
    }
}
