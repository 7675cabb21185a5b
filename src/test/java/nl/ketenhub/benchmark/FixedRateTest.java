package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The fixed-rate load's schedule: every message once, none before its due time, lateness reported. */
class FixedRateTest {

    @Test
    void everyMessageGoesOutOnceNoEarlierThanItsDueTimeSpreadOverTheSenders() throws Exception {
        Map<Integer, long[]> sent = new ConcurrentHashMap<>();
        Set<Long> threads = ConcurrentHashMap.newKeySet();

        FixedRate.Sending sending = FixedRate.send(100, 1000, 4, () -> new FixedRate.Sender() {
            @Override
            public void send(int index, long due) {
                threads.add(Thread.currentThread().getId());
                assertThat(sent.put(index, new long[] {due, System.nanoTime()})).isNull();
            }

            @Override
            public void close() {}
        });

        assertThat(sent).hasSize(100);
        assertThat(threads).hasSize(4);
        sent.values().forEach(times -> assertThat(times[1]).isGreaterThanOrEqualTo(times[0]));
        // due times 1 ms apart, in index order
        assertThat(sent.get(99)[0] - sent.get(0)[0]).isEqualTo(99 * 1_000_000L);
        assertThat(sending.messages()).isEqualTo(100);
        assertThat(sending.seconds()).isGreaterThanOrEqualTo(0.099);
    }

    @Test
    void aSenderSlowerThanTheRateShowsAsLateSendsAndALowerRate() throws Exception {
        // one sender whose send takes 5 ms cannot offer 1000 msg/s: the lag grows with every message
        FixedRate.Sending sending = FixedRate.send(40, 1000, 1, () -> new FixedRate.Sender() {
            @Override
            public void send(int index, long due) throws InterruptedException {
                Thread.sleep(5);
            }

            @Override
            public void close() {}
        });

        assertThat(sending.maxLateMillis()).isGreaterThanOrEqualTo(150);
        assertThat(sending.rate()).isLessThan(250);
    }

    @Test
    void aFailingSenderFailsTheLoad() {
        assertThatThrownBy(() -> FixedRate.send(8, 1000, 2, () -> {
                    throw new IllegalStateException("no connection");
                }))
                .hasMessage("a sender failed")
                .hasRootCauseMessage("no connection");
    }
}
