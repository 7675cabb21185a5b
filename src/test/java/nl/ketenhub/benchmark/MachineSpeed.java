package nl.ketenhub.benchmark;

import jakarta.xml.bind.JAXBException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;
import nl.ketenhub.xml.ijw.jw301.Root;

/**
 * The raw rate of XSD validation + JAXB binding of 301s in one thread of the benchmark's own JVM:
 * the reference rate, and the benchmark's yardstick of how fast this machine is at the
 * moment. On this shared 2-core machine the same work runs up to a quarter slower from one minute
 * to the next (no steal time shows), which moves a hub's CPU per message as much as any change to
 * the hub does; measured just before and after a hub's run, the rate says what the machine gave.
 */
final class MachineSpeed {

    private final IntakeInspector inspector =
            new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
    private final BerichtUnmarshaller unmarshaller;
    private final List<byte[]> payloads = new ArrayList<>();

    MachineSpeed(String run, String jw301) throws JAXBException {
        unmarshaller = new BerichtUnmarshaller();
        Traffic traffic = new Traffic(null, run, jw301, null, new AtomicInteger());
        for (int i = 0; i < 2000; i++) {
            payloads.add(traffic.toewijzing(traffic.nextIdentificatie(), false).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Bindings per second over {@code duration}, after the first call's own warm-up of this JVM. */
    double rate(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() < end) {
            bind(payloads.get(count++ % payloads.size()));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** Compiles the binding path in this JVM, so that the first measured rate is not the interpreter's. */
    MachineSpeed warmedUp() {
        for (int round = 0; round < 3; round++) {
            payloads.forEach(this::bind);
        }
        rate(Duration.ofSeconds(5));
        return this;
    }

    private void bind(byte[] payload) {
        Inspection inspection = inspector.inspect(payload);
        if (!inspection.accepted()) {
            throw new IllegalStateException(inspection.findings().toString());
        }
        unmarshaller.unmarshalAsIjw(inspection.document(), inspection.type(), Root.class);
    }
}
