package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchReadingTest {

    @Test
    void theMeasuredRunIsTheDifferenceOfTwoReadings() {
        BatchReading before = new BatchReading(10, 40, 1);
        BatchReading after = new BatchReading(110, 840, 3);

        BatchReading run = after.since(before);

        assertThat(run).isEqualTo(new BatchReading(100, 800, 2));
        assertThat(run.describe()).isEqualTo("8.0 messages per commit (800 messages in 100 commits), 2 rolled back");
    }

    @Test
    void aHubThatCommitsEveryMessageAloneCountsNoBatches() {
        BatchReading reading = new BatchReading(5, 20, 0);

        assertThat(reading.since(reading).describe()).startsWith("no batches counted");
    }
}
