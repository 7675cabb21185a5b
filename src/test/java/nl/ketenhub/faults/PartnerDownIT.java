package nl.ketenhub.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Fault (d) of issue #4: the aanbieder's HTTP endpoint is down (connection refused) for a while in
 * the middle of a load. The broker redelivers with backoff (0.5 s doubling, at most 60 s, 10
 * attempts); once the endpoint is back every message arrives exactly once, each push with the
 * outbound message id as its Idempotency-Key. In the default suite: 100 messages, down 10 s;
 * {@code mvn -Pfaults verify}: 1,000 messages, down 60 s.
 */
class PartnerDownIT extends HttpPartnerFaults {

    private static final int MESSAGES = Integer.getInteger("ketenhub.faults.http-messages", 200);
    private static final int DOWN_SECONDS = Integer.getInteger("ketenhub.faults.down-seconds", 10);

    @Test
    void endpointDownThenBackDeliversEveryMessageOnce() throws Exception {
        FaultLoad load = new FaultLoad(run, MESSAGES);
        endpoint = new PartnerEndpoint(load);
        endpoint.up();
        Path runDir = Path.of("target", "fault-data", run);
        hub = new HubProcess(run, schema, List.of("--ketenhub.config.dir=" + endpoint.configDir(runDir)));
        hub.start();
        load.send(hub.brokerUrl());

        await(() -> load.distinct() >= MESSAGES / 4, Duration.ofMinutes(5));
        endpoint.down();
        int beforeDown = load.distinct();
        long downSince = System.nanoTime();
        await(() -> failedAttempts() > 0, Duration.ofMinutes(2));
        Thread.sleep(Math.max(0, DOWN_SECONDS * 1000L - (System.nanoTime() - downSince) / 1_000_000));
        endpoint.up();
        await(() -> load.distinct() >= MESSAGES, Duration.ofMinutes(5));
        Thread.sleep(3000); // copies that would arrive late

        int failedAttempts = failedAttempts();
        int parked = parked();
        FaultLoad.Report report = load.report(
                "partner endpoint down " + DOWN_SECONDS + " s after " + beforeDown + " delivered (" + failedAttempts
                        + " failed attempts retried, " + parked + " parked, " + endpoint.repeated()
                        + " pushes repeated with their key after a lost answer)",
                jdbcUrl);
        assertThat(beforeDown).as("down mid-load").isLessThan(MESSAGES);
        assertThat(failedAttempts).as("deliveries retried").isPositive();
        assertThat(parked).as("parked").isZero();
        report.assertExactlyOnce();
        for (int n = 0; n < MESSAGES; n++) {
            assertThat(endpoint.keysOf(load.identificatie(n)))
                    .as("Idempotency-Key of %s", load.identificatie(n))
                    .singleElement()
                    .satisfies(key -> assertThat(UUID.fromString(key)).isNotNull());
        }
    }

    private int failedAttempts() throws Exception {
        return count("select count(*) from aflevering where outcome = 'FAILED'");
    }

    private int parked() throws Exception {
        return count("select count(*) from bericht where status = 'FAILED'");
    }
}
