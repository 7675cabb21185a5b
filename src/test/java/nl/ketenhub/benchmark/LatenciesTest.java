package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ketenhub.benchmark.Latencies.Sample;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private final Latencies latencies = Latencies.of(
            new Sample(0, 40),
            new Sample(0, 45),
            new Sample(1, 50),
            new Sample(1, 400),
            new Sample(1, 350),
            new Sample(3, 42));

    @Test
    void percentilesAreNearestRank() {
        assertThat(latencies.percentile(50)).isEqualTo(45);
        assertThat(latencies.percentile(99)).isEqualTo(400);
        assertThat(latencies.sorted()).containsExactly(40, 42, 45, 50, 350, 400);
        assertThat(Latencies.of().percentile(99)).isEqualTo(-1);
    }

    @Test
    void bySecondGivesEachSecondsSlowestMessageAndHowManyWereOverTheThreshold() {
        assertThat(latencies.bySecond(100)).isEqualTo("0: 45 ms; 1: 400 ms (2 over); 3: 42 ms");
    }

    @Test
    void secondsOverCountsTheSecondsThatHoldASlowMessage() {
        assertThat(latencies.secondsOver(100)).isEqualTo(1);
        assertThat(latencies.secondsOver(41)).isEqualTo(3);
        assertThat(latencies.secondsOver(400)).isZero();
    }
}
