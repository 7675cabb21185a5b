package nl.ketenhub.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's {@code ketenhub.batch.messages} and {@code .rollbacks} of one queue (GET
 * /actuator/metrics/{name}?tag=queue:{queue} as the demo admin): how many messages its consumers
 * committed at once.
 */
record BatchReading(double batches, double messages, double rollbacks) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static BatchReading of(int httpPort, String queue) throws Exception {
        JsonNode committed = meter(httpPort, "ketenhub.batch.messages", queue);
        JsonNode rolledBack = meter(httpPort, "ketenhub.batch.rollbacks", queue);
        return new BatchReading(
                statistic(committed, "COUNT"), statistic(committed, "TOTAL"), statistic(rolledBack, "COUNT"));
    }

    BatchReading since(BatchReading before) {
        return new BatchReading(batches - before.batches, messages - before.messages, rollbacks - before.rollbacks);
    }

    /** Messages per commit, or what was seen instead (batch-size 1 commits without counting batches). */
    String describe() {
        if (batches == 0) {
            return "no batches counted (batch-size 1: every message commits alone)";
        }
        return String.format(
                "%.1f messages per commit (%.0f messages in %.0f commits), %.0f rolled back",
                messages / batches, messages, batches, rollbacks);
    }

    private static JsonNode meter(int httpPort, String name, String queue) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + httpPort + "/actuator/metrics/" + name + "?tag=queue:" + queue))
                .header("Authorization", "Bearer demo-admin")
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    name + " of " + queue + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static double statistic(JsonNode meter, String statistic) {
        for (JsonNode measurement : meter.path("measurements")) {
            if (statistic.equals(measurement.path("statistic").asString())) {
                return measurement.path("value").asDouble();
            }
        }
        throw new IllegalStateException(meter.path("name").asString() + " has no " + statistic);
    }
}
