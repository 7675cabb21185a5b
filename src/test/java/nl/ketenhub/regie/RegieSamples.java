package nl.ketenhub.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;

/** The published samples in ../shared as the pipeline hands them to a handler; schemas compiled once. */
final class RegieSamples {

    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");

    private static IntakeInspector inspector;
    private static BerichtUnmarshaller unmarshaller;

    private RegieSamples() {}

    static synchronized InboundBericht inbound(String sample) throws Exception {
        byte[] payload = Files.readAllBytes(SHARED.resolve(sample));
        if (inspector == null) {
            inspector = new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
        }
        Inspection inspection = inspector.inspect(payload);
        assertThat(inspection.findings()).isEmpty();
        return new InboundBericht(
                UUID.randomUUID(), "65656055", inspection.type(), inspection.header(), inspection.document(), payload);
    }

    static synchronized BerichtUnmarshaller unmarshaller() throws Exception {
        if (unmarshaller == null) {
            unmarshaller = new BerichtUnmarshaller();
        }
        return unmarshaller;
    }

    static Startbericht startbericht(String sample) throws Exception {
        return new Start305Translator(unmarshaller()).translate(inbound(sample));
    }

    static Stopbericht stopbericht(String sample) throws Exception {
        return new Stop307Translator(unmarshaller()).translate(inbound(sample));
    }
}
