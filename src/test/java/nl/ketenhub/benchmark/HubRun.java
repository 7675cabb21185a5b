package nl.ketenhub.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one hub JVM measured on one store: the mix's throughput, the hub's and PostgreSQL's CPU per
 * message (the hub's without the JIT compiler's time) and the machine's speed around the run
 * ({@link MachineSpeed}, NaN where not measured). Scaling the hub's CPU by that speed did not narrow
 * the spread between hubs (the speed changes within seconds), so the summary compares medians.
 */
record HubRun(String label, double throughput, double hubMillis, double databaseMillis, double speed) {

    String store() {
        int hash = label.indexOf(" #");
        return hash < 0 ? label : label.substring(0, hash);
    }

    /** Report lines: every hub, the median per store and, with both stores, full against empty. */
    static String summary(List<HubRun> runs) {
        StringBuilder lines = new StringBuilder(
                "| hubs (msg/s; hub CPU ms/msg without JIT; PostgreSQL CPU ms/msg;" + " machine speed msg/s) | ");
        lines.append(runs.stream()
                .map(r -> String.format(
                        "%s: %.0f; %.2f; %.2f; %.0f",
                        r.label(), r.throughput(), r.hubMillis(), r.databaseMillis(), r.speed()))
                .collect(Collectors.joining(" / ")));
        lines.append(" |\n");
        Map<String, List<HubRun>> byStore = new LinkedHashMap<>();
        runs.forEach(
                r -> byStore.computeIfAbsent(r.store(), s -> new ArrayList<>()).add(r));
        Map<String, double[]> medians = new LinkedHashMap<>();
        byStore.forEach((store, own) -> {
            double throughput =
                    median(own.stream().mapToDouble(HubRun::throughput).toArray());
            double hub = median(own.stream().mapToDouble(HubRun::hubMillis).toArray());
            medians.put(store, new double[] {throughput, hub});
            lines.append(String.format(
                    "| %s store, median of %d hub(s) | %.0f msg/s; hub CPU %.2f ms per message |%n",
                    store, own.size(), throughput, hub));
        });
        if (medians.containsKey("full") && medians.containsKey("empty")) {
            double[] full = medians.get("full");
            double[] empty = medians.get("empty");
            lines.append(String.format(
                    "| throughput full store / empty store (medians) | %.0f %% |%n", 100 * full[0] / empty[0]));
            lines.append(String.format(
                    "| hub CPU per message empty store / full store (medians) | %.0f %% |%n",
                    100 * empty[1] / full[1]));
        }
        return lines.toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
