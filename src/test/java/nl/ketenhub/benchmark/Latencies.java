package nl.ketenhub.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The latencies of one fixed-rate load, each with the second (counted from the first send) in which
 * its message was sent. Percentiles say how long the tail is; {@link #bySecond} says whether it comes
 * from a few seconds (a stall: a journal compaction, a collection, a burst of compilation) or from
 * all of them (a hub that cannot keep up).
 */
record Latencies(List<Sample> samples) {

    /** One delivered message: sent in {@code second} of the load, delivered after {@code millis}. */
    record Sample(int second, long millis) {}

    long[] sorted() {
        return samples.stream().mapToLong(Sample::millis).sorted().toArray();
    }

    /** The {@code p}th percentile (nearest rank), -1 without samples. */
    long percentile(int p) {
        long[] sorted = sorted();
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    int size() {
        return samples.size();
    }

    /**
     * Per second of sending: its slowest message, and how many of its messages took longer than
     * {@code threshold} ms; e.g. {@code "0: 41 ms; 1: 388 ms (12 over)"}. Seconds without a
     * delivered message are left out.
     */
    String bySecond(long threshold) {
        int seconds = samples.stream().mapToInt(Sample::second).max().orElse(-1) + 1;
        long[] slowest = new long[seconds];
        int[] over = new int[seconds];
        boolean[] seen = new boolean[seconds];
        for (Sample sample : samples) {
            seen[sample.second()] = true;
            slowest[sample.second()] = Math.max(slowest[sample.second()], sample.millis());
            if (sample.millis() > threshold) {
                over[sample.second()]++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (int second = 0; second < seconds; second++) {
            if (seen[second]) {
                parts.add(second + ": " + slowest[second] + " ms"
                        + (over[second] > 0 ? " (" + over[second] + " over)" : ""));
            }
        }
        return String.join("; ", parts);
    }

    /** How many seconds of sending hold a message slower than {@code threshold} ms. */
    long secondsOver(long threshold) {
        return samples.stream()
                .filter(sample -> sample.millis() > threshold)
                .mapToInt(Sample::second)
                .distinct()
                .count();
    }

    static Latencies of(Sample... samples) {
        return new Latencies(Arrays.asList(samples));
    }
}
