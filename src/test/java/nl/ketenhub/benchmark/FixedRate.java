package nl.ketenhub.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed-rate load: message {@code i} is due {@code i / rate} seconds after the start, and several
 * senders (each with a connection of its own) share the timeline, so one slow send does not hold up
 * the ones due after it. A latency is counted from the message's due time, not from when its send
 * began: a sender that falls behind (a send blocks until the broker has written the message) would
 * otherwise leave the wait out of the measurement and offer less than the rate (coordinated
 * omission). Until the twenty-third session one sender sent every message and the clock started at
 * the send; {@link Sending} says whether the load was offered as planned.
 */
final class FixedRate {

    private FixedRate() {}

    /** One sender's connection: sends message {@code index}, due at {@code due} ({@link System#nanoTime}). */
    interface Sender extends AutoCloseable {
        void send(int index, long due) throws Exception;
    }

    /**
     * How the load went out: {@code seconds} from the first due time to the end of the last send,
     * and how late the latest send began after its due time.
     */
    record Sending(int messages, double seconds, long maxLateNanos) {

        /** The rate actually offered. */
        double rate() {
            return seconds <= 0 ? 0 : messages / seconds;
        }

        long maxLateMillis() {
            return maxLateNanos / 1_000_000;
        }
    }

    /**
     * A fixed-rate load's latencies, the part of each after the hub sent the forward (the rest of its
     * batch, the commit, the broker's delivery), and how the load was sent.
     */
    record Run(Latencies latencies, Latencies afterHubSend, Sending sending) {}

    /**
     * Sends {@code total} messages at {@code rate} per second with {@code senders} threads, each with
     * its own {@link Sender}; message {@code i} goes out through sender {@code i % senders}.
     */
    static Sending send(int total, int rate, int senders, Callable<Sender> open) throws Exception {
        // every connection is open before the first due time: opening one takes longer than an interval
        List<Sender> opened = new ArrayList<>();
        try {
            for (int s = 0; s < senders; s++) {
                opened.add(open.call());
            }
        } catch (Exception e) {
            closeAll(opened, e);
            throw e;
        }
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 20_000_000L;
        AtomicLong maxLate = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int first = s;
            threads.add(Traffic.start(() -> {
                try (Sender sender = opened.get(first)) {
                    for (int i = first; i < total; i += senders) {
                        long due = start + i * interval;
                        Traffic.waitUntil(due);
                        maxLate.accumulateAndGet(System.nanoTime() - due, Math::max);
                        sender.send(i, due);
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long end = System.nanoTime();
        if (!failures.isEmpty()) {
            IllegalStateException failed = new IllegalStateException("a sender failed", failures.get(0));
            failures.stream().skip(1).forEach(failed::addSuppressed);
            throw failed;
        }
        return new Sending(total, (end - start) / 1e9, maxLate.get());
    }

    private static void closeAll(List<Sender> senders, Exception failure) {
        for (Sender sender : senders) {
            try {
                sender.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
