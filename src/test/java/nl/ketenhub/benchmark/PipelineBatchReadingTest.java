package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineBatchReadingTest {

    @Test
    void theMeasuredRunIsTheDifferenceOfTwoReadings() {
        PipelineBatchReading before = new PipelineBatchReading(10, 40, 1);
        PipelineBatchReading after = new PipelineBatchReading(110, 840, 3);

        PipelineBatchReading run = after.since(before);

        assertThat(run).isEqualTo(new PipelineBatchReading(100, 800, 2));
        assertThat(run.describe()).isEqualTo("8.0 messages per commit (800 messages in 100 commits), 2 rolled back");
    }

    @Test
    void aHubThatCommitsEveryMessageAloneCountsNoBatches() {
        PipelineBatchReading reading = new PipelineBatchReading(5, 20, 0);

        assertThat(reading.since(reading).describe()).startsWith("no batches counted");
    }
}
