package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fault (c) of issue #4: the hub's PostgreSQL (a cluster of the test's own, never the shared one)
 * restarted with {@code pg_ctl restart -m fast} in the middle of a load; transactions cut off roll
 * back, the broker redelivers them, the connection pool reconnects. In the default suite at
 * 300 messages; {@code mvn -Pfaults verify}: 10,000.
 */
class DatabaseRestartIT {

    private static final int MESSAGES = Integer.getInteger("ketenhub.faults.messages", 1000);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String schema = "fault_" + run;
    private HubProcess hub;
    private LocalPostgres postgres;

    @AfterEach
    void stop() throws Exception {
        if (hub != null) {
            hub.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void databaseRestartMidLoadLosesNothingAndDoublesNothing() throws Exception {
        postgres = new LocalPostgres(Path.of("target", "fault-data", run, "postgres"));
        postgres.initAndStart();
        hub = new HubProcess(run, schema, List.of("--spring.datasource.url=" + postgres.url(schema)));
        hub.start();
        FaultLoad load = new FaultLoad(run, MESSAGES);
        int beforeRestart = load.sendAndDrainAround(hub.brokerUrl(), postgres::restart);

        FaultLoad.Report report =
                load.report("PostgreSQL restart after " + beforeRestart + " delivered", postgres.url(schema));
        assertThat(beforeRestart).as("restarted mid-load").isLessThan(MESSAGES);
        assertThat(hub.isAlive()).as("hub survived the database restart").isTrue();
        report.assertExactlyOnce();
    }
}
