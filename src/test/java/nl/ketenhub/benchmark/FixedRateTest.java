package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
    void theSendersAreOpenBeforeTheFirstDueTimeAndASlowOpenMakesNoSendLate() throws Exception {
        List<Long> opened = Collections.synchronizedList(new ArrayList<>());
        List<Long> firstDue = Collections.synchronizedList(new ArrayList<>());

        FixedRate.Sending sending = FixedRate.send(20, 1000, 2, () -> {
            // a connection takes 100 ms to open: a hundred intervals
            Thread.sleep(100);
            opened.add(System.nanoTime());
            return new FixedRate.Sender() {
                @Override
                public void send(int index, long due) {
                    if (index < 2) {
                        firstDue.add(due);
                    }
                }

                @Override
                public void close() {}
            };
        });

        assertThat(Collections.max(opened)).isLessThan(Collections.min(firstDue));
        assertThat(sending.maxLateMillis()).isLessThan(50);
    }

    @Test
    void aSenderThatFailsToOpenOrToSendFailsTheLoadAndTheOpenOnesAreClosed() {
        AtomicInteger opens = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> FixedRate.send(8, 1000, 3, () -> {
                    if (opens.incrementAndGet() == 3) {
                        throw new IllegalStateException("no connection");
                    }
                    return new FixedRate.Sender() {
                        @Override
                        public void send(int index, long due) {}

                        @Override
                        public void close() {
                            closed.incrementAndGet();
                        }
                    };
                }))
                .hasMessage("no connection");
        assertThat(closed).hasValue(2);

        assertThatThrownBy(() -> FixedRate.send(8, 1000, 2, () -> new FixedRate.Sender() {
                    @Override
                    public void send(int index, long due) {
                        throw new IllegalStateException("broker gone");
                    }

                    @Override
                    public void close() {}
                }))
                .hasMessage("a sender failed")
                .hasRootCauseMessage("broker gone");
    }
}
