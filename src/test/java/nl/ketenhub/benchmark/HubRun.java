package nl.ketenhub.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one hub JVM measured on one store: the mix's throughput, the hub's and PostgreSQL's CPU per
 * message (the hub's without the JIT compiler's time) and the machine's speed around the run
 * ({@link MachineSpeed}, NaN where not measured). {@code bindings}: the hub's CPU per message
 * expressed in raw XSD + JAXB bindings at that speed, a measure of the hub's work that the
 * machine's moment-to-moment speed drops out of.
 */
record HubRun(String label, double throughput, double hubMillis, double databaseMillis, double speed) {

    double bindings() {
        return hubMillis * speed / 1000;
    }

    String store() {
        int hash = label.indexOf(" #");
        return hash < 0 ? label : label.substring(0, hash);
    }

    /** Report lines: every hub, the median per store and, with both stores, full against empty. */
    static String summary(List<HubRun> runs) {
        StringBuilder lines = new StringBuilder("| hubs (msg/s; hub CPU ms/msg without JIT; PostgreSQL CPU ms/msg;"
                + " machine speed msg/s; hub CPU per message in raw bindings) | ");
        lines.append(runs.stream()
                .map(r -> String.format(
                        "%s: %.0f; %.2f; %.2f; %.0f; %.1f",
                        r.label(), r.throughput(), r.hubMillis(), r.databaseMillis(), r.speed(), r.bindings()))
                .collect(Collectors.joining(" / ")));
        lines.append(" |\n");
        Map<String, List<HubRun>> byStore = new LinkedHashMap<>();
        runs.forEach(r -> byStore.computeIfAbsent(r.store(), s -> new java.util.ArrayList<>())
                .add(r));
        Map<String, double[]> medians = new LinkedHashMap<>();
        byStore.forEach((store, own) -> {
            double throughput =
                    median(own.stream().mapToDouble(HubRun::throughput).toArray());
            double bindings = median(own.stream().mapToDouble(HubRun::bindings).toArray());
            medians.put(store, new double[] {throughput, bindings});
            lines.append(String.format(
                    "| %s store, median of %d hub(s) | %.0f msg/s; hub CPU per message %.1f raw bindings |%n",
                    store, own.size(), throughput, bindings));
        });
        if (medians.containsKey("full") && medians.containsKey("empty")) {
            double[] full = medians.get("full");
            double[] empty = medians.get("empty");
            lines.append(String.format(
                    "| throughput full store / empty store (medians) | %.0f %% |%n", 100 * full[0] / empty[0]));
            lines.append(String.format(
                    "| hub work per message empty store / full store (medians, in raw bindings: the machine's speed factored out) | %.0f %% |%n",
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
