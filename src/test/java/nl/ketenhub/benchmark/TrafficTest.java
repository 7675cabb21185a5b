package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.junit.jupiter.api.Test;

/** The latency phase's pacing: on time, without keeping a core busy between sends. */
class TrafficTest {

    private static final long INTERVAL = 20_000_000; // 50 msg/s

    @Test
    void waitUntilReturnsNoEarlierThanItsDeadlineAndParksMostOfTheWait() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long next = start;
        for (int i = 0; i < 15; i++) {
            next += INTERVAL;
            Traffic.waitUntil(next);
            assertThat(System.nanoTime()).isGreaterThanOrEqualTo(next);
        }
        long wall = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;

        // spinning the whole interval took all of it (a core); parking leaves the last 0.2 ms of 20
        assertThat(cpu).isLessThan(wall / 4);
    }
}
