package nl.ketenhub.benchmark;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;
import nl.ketenhub.xml.ijw.jw301.Root;

/**
 * The raw rate of XSD validation + JAXB binding of 301s in one thread of the benchmark's own JVM:
 * the reference rate, and a reading of how fast this shared 2-core machine is at a moment.
 * The same work, with the hub idle, measured from 1,200 to 2,500 per second within one session and
 * changed by a third between two readings 20 s apart (steal time stayed near 0.1 %), so the
 * readings around a hub's run show the machine's state but do not correct the run's figures.
 */
final class MachineSpeed {

    private final IntakeInspector inspector =
            new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
    /**
     * Binds the DOM that validation built, as the hub did until the eighteenth session (it now binds
     * from the bytes): the probe's work stays what earlier sessions' readings measured.
     */
    private final Unmarshaller unmarshaller;

    private final List<byte[]> payloads = new ArrayList<>();

    MachineSpeed(String run, String jw301) throws JAXBException {
        unmarshaller = JAXBContext.newInstance(Root.class).createUnmarshaller();
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
        try {
            unmarshaller.unmarshal(inspection.document(), Root.class);
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }
}
