package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineTicksTest {

    @Test
    void busyTicksAreUserNiceSystemIrqSoftirqAndStealAndIdleTicksAreIdleAndIowait() {
        long[] ticks = HubBenchmark.machineTicks("cpu  100 2 30 400 5 6 7 8 0 0");

        assertThat(ticks).containsExactly(100 + 2 + 30 + 6 + 7 + 8, 400 + 5);
    }

    @Test
    void thisMachinesProcStatReadsAsBusyAndIdleTicks() throws Exception {
        long[] ticks = HubBenchmark.machineTicks();

        assertThat(ticks[0]).isPositive();
        assertThat(ticks[1]).isPositive();
    }
}
