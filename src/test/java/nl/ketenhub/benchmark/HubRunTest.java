package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's summary over several hubs: medians per store and the two ratios. */
class HubRunTest {

    @Test
    void medianOfAnOddAndAnEvenNumberOfHubs() {
        assertThat(HubRun.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(HubRun.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void aRepeatedStoreIsOneStore() {
        assertThat(new HubRun("full #2", 1, 1, 1, 1).store()).isEqualTo("full");
        assertThat(new HubRun("empty", 1, 1, 1, 1).store()).isEqualTo("empty");
    }

    @Test
    void summaryComparesTheMediansOfEachStore() {
        String summary = HubRun.summary(List.of(
                new HubRun("full #1", 150, 5.0, 2.5, 1600),
                new HubRun("empty #1", 200, 4.0, 2.0, 2000),
                new HubRun("full #2", 210, 4.0, 2.4, 2000),
                new HubRun("empty #2", 160, 5.0, 2.1, 1600),
                new HubRun("full #3", 180, 4.5, 2.3, 2000),
                new HubRun("empty #3", 240, 3.6, 1.9, 2000)));

        assertThat(summary)
                .contains("| full store, median of 3 hub(s) | 180 msg/s; hub CPU 4.50 ms per message |")
                .contains("| empty store, median of 3 hub(s) | 200 msg/s; hub CPU 4.00 ms per message |")
                .contains("| throughput full store / empty store (medians) | 90 % |")
                .contains("| hub CPU per message empty store / full store (medians) | 89 % |")
                .contains("full #2: 210; 4.00; 2.40; 2000");
    }

    @Test
    void oneStoreAloneHasNoRatio() {
        assertThat(HubRun.summary(List.of(new HubRun("empty", 200, 4.0, 2.0, 2000))))
                .contains("empty store, median of 1 hub(s)")
                .doesNotContain("full store / empty store");
    }
}
