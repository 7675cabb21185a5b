package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault (a) of issue #4: kill -9 of the hub (and so of its embedded broker) in the middle of a
 * load, restart, drain. Every message must come out exactly once, and be applied exactly once.
 * In the default suite at 300 messages; {@code mvn -Pfaults verify}: 10,000.
 */
class KillHubIT {

    private static final int MESSAGES = Integer.getInteger("ketenhub.faults.messages", 1000);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "fault_" + run;
    private HubProcess hub;

    @AfterEach
    void stopHub() throws Exception {
        if (hub != null) {
            hub.stop();
        }
        HubProcess.dropSchema(schema);
    }

    @Test
    void killMinus9MidLoadLosesNothingAndDoublesNothing() throws Exception {
        hub = new HubProcess(run, schema, List.of());
        hub.start();
        FaultLoad load = new FaultLoad(run, MESSAGES);
        int beforeKill = load.sendAndDrainAround(hub.brokerUrl(), () -> {
            hub.kill();
            hub.start();
        });

        FaultLoad.Report report = load.report(
                "kill -9 after " + beforeKill + " delivered",
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        assertThat(beforeKill).as("killed mid-load").isLessThan(MESSAGES);
        report.assertExactlyOnce();
    }
}
