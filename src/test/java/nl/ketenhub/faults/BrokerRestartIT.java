package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault (b) of issue #4: the hub on a standalone Artemis broker (profile remote-broker), the broker
 * killed (-9) in the middle of a load and started again; the hub reconnects, what was in flight
 * rolls back and is redelivered. In the default suite at
 * 300 messages; {@code mvn -Pfaults verify}: 10,000.
 */
class BrokerRestartIT {

    private static final int MESSAGES = Integer.getInteger("ketenhub.faults.messages", 1000);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "fault_" + run;
    private HubProcess hub;
    private StandaloneArtemis broker;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.stop();
        }
        if (broker != null) {
            broker.stop();
        }
        HubProcess.dropSchema(schema);
    }

    @Test
    void brokerRestartMidLoadLosesNothingAndDoublesNothing() throws Exception {
        broker = new StandaloneArtemis(Path.of("target", "fault-data", run, "broker"));
        broker.create();
        broker.start();
        hub = new HubProcess(
                run,
                schema,
                List.of(
                        "--spring.profiles.active=local,postgres,remote-broker",
                        "--spring.artemis.broker-url=" + broker.url()
                                + "?reconnectAttempts=-1&retryInterval=500&maxRetryInterval=5000"
                                + "&retryIntervalMultiplier=2.0",
                        "--spring.artemis.user=hub",
                        "--spring.artemis.password=hub"));
        hub.start();
        FaultLoad load = new FaultLoad(run, MESSAGES);
        int beforeRestart = load.sendAndDrainAround(broker.url(), () -> {
            broker.kill();
            broker.start();
        });

        FaultLoad.Report report = load.report(
                "broker kill -9 and restart after " + beforeRestart + " delivered",
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        assertThat(beforeRestart).as("restarted mid-load").isLessThan(MESSAGES);
        assertThat(hub.isAlive()).as("hub survived the broker restart").isTrue();
        report.assertExactlyOnce();
    }
}
