package nl.ketenhub.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time of a JVM's JIT compiler threads (C1 and C2), from /proc/&lt;pid&gt;/task. Until the
 * twenty-second session the benchmark took the JIT's share from {@code jstat -compiler}, whose time is
 * the compilations' elapsed time: on a machine whose two cores are busy a compiler thread waits for
 * a core, so that time was up to twice its CPU time, and "hub CPU without the JIT" came out too low.
 * A compiler thread that ends between two readings takes its time with it (HotSpot starts and stops
 * extra ones only on machines with more cores than this one has), so a difference is, if anything, too low.
 */
final class CompilerThreads {

    /** Clock ticks per second of /proc's times ({@code getconf CLK_TCK}, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    /** Ticks (user + system) so far, per compiler thread id. */
    static Map<String, Long> ticks(long pid) throws IOException {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (isCompiler(Files.readString(task.resolve("comm")))) {
                        ticks.put(task.getFileName().toString(), ticks(Files.readString(task.resolve("stat"))));
                    }
                } catch (IOException ended) {
                    // the thread ended while it was read
                }
            }
        }
        return ticks;
    }

    /** Compiler thread names as /proc shows them: "C2 CompilerThread0", cut to 15 characters. */
    static boolean isCompiler(String comm) {
        String name = comm.trim();
        return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    }

    /** utime + stime of a /proc/&lt;pid&gt;/task/&lt;tid&gt;/stat line (fields 14 and 15; the name may hold spaces). */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state): utime is field 14, stime field 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** CPU seconds the compiler threads used between two readings. */
    static double secondsBetween(Map<String, Long> before, Map<String, Long> after) {
        long ticks = 0;
        for (Map.Entry<String, Long> thread : after.entrySet()) {
            ticks += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
        }
        return ticks / TICKS_PER_SECOND;
    }

    private CompilerThreads() {}
}
