package nl.ketenhub.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hub's {@code ketenhub.pipeline.batch.messages} and {@code .rollbacks} (GET
 * /actuator/metrics/{name} as the demo admin): how many messages the pipeline committed at once.
 */
record PipelineBatchReading(double batches, double messages, double rollbacks) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static PipelineBatchReading of(int httpPort) throws Exception {
        JsonNode committed = meter(httpPort, "ketenhub.pipeline.batch.messages");
        JsonNode rolledBack = meter(httpPort, "ketenhub.pipeline.batch.rollbacks");
        return new PipelineBatchReading(
                statistic(committed, "COUNT"), statistic(committed, "TOTAL"), statistic(rolledBack, "COUNT"));
    }

    PipelineBatchReading since(PipelineBatchReading before) {
        return new PipelineBatchReading(
                batches - before.batches, messages - before.messages, rollbacks - before.rollbacks);
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

    private static JsonNode meter(int httpPort, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/actuator/metrics/" + name))
                .header("Authorization", "Bearer demo-admin")
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + ": HTTP " + response.statusCode() + " " + response.body());
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
