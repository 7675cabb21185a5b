package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Actuator health and Prometheus, the effective configuration, correlation ids and BSN-free logs. */
abstract class OperationsEndpointScenarios extends MonitoringScenarios {

    @Test
    void healthIsOpenAndCoversDatabaseBrokerAndPartnerEndpoints() throws Exception {
        // Camel reports a polling consumer DOWN until its first poll: right after start-up the
        // hub is briefly not ready, so wait for the health to settle
        HttpResponse<String> response = getWithout("/actuator/health");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (response.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            response = getWithout("/actuator/health");
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode components = json(response).get("components");
        assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("jms").get("status").asString()).isEqualTo("UP");
        assertThat(components.get("partnerEndpoints").get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusNeedsTheAdminTokenAndCarriesTheBusinessNumbersWithoutBsn() throws Exception {
        delivered301(fresh301());

        assertThat(getWithout("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", OPERATOR).statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", ADMIN);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("ketenhub_berichten_total{")
                .contains("berichtcode=\"436\"")
                .contains("ketenhub_partner_backlog{")
                .contains("ketenhub_partner_oldest_undelivered_age_seconds{")
                .contains("ketenhub_partner_consecutive_failures{")
                .contains("ketenhub_partner_paused{")
                .contains("ketenhub_answers_overdue{")
                .doesNotContain("spring_data_repository_invocations")
                .doesNotContain("client")
                .doesNotContain("bsn");
        assertThat(java.util.regex.Pattern.compile("\\{[^}]*}")
                        .matcher(metrics.body())
                        .results())
                .extracting(java.util.regex.MatchResult::group)
                .isNotEmpty()
                .noneMatch(BsnMask::containsBsn);
    }

    @Test
    void theEffectiveConfigurationIsShownToAdminsWithoutCredentials() throws Exception {
        assertThat(getWithout("/api/admin/config").statusCode()).isEqualTo(401);
        assertThat(get("/api/admin/config", OPERATOR).statusCode()).isEqualTo(403);
        HttpResponse<String> response = get("/api/admin/config", ADMIN);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode config = json(response);
        assertThat(config.get("partners").valueStream().map(p -> p.get("code").asString()))
                .contains("0384", "0363", "42420001", "65656055", "12345678");
        assertThat(config.get("contracts").valueStream().map(c -> c.get("aanbieder")
                        .asString()))
                .contains("42420001");
        assertThat(config.get("schemas")
                        .valueStream()
                        .filter(s -> s.get("schema").asString().equals("jw301"))
                        .findFirst()
                        .orElseThrow()
                        .get("berichtXsdVersie")
                        .asString())
                .isEqualTo("1.0.0");
        assertThat(response.body()).doesNotContain("demo-0384").doesNotContain("tokenEnv");
    }

    @Test
    void operatorsSeeChannelsAndPauseThemOverRest() throws Exception {
        try {
            HttpResponse<String> paused = postOperator("/api/admin/partners/0363/pause", null);
            assertThat(paused.statusCode()).isEqualTo(200);
            assertThat(json(paused).get("paused").asBoolean()).isTrue();
            assertThat(get("/api/admin/partners", OPERATOR).body()).contains("\"partner\":\"0363\"");
        } finally {
            HttpResponse<String> resumed = postOperator("/api/admin/partners/0363/resume", null);
            assertThat(json(resumed).get("channel").get("paused").asBoolean()).isFalse();
        }
        assertThat(postOperator("/api/admin/partners/9999/pause", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyLogLineOfAMessagesProcessingCarriesItsCorrelationIds() throws Exception {
        Fresh301 fresh = fresh301();
        try (LogCapture logs = new LogCapture()) {
            UUID id = delivered301(fresh);

            List<ILoggingEvent> lines = logs.events().stream()
                    .filter(e -> e.getFormattedMessage().contains(id.toString()))
                    .filter(e -> e.getLoggerName().startsWith("nl.ketenhub.bericht"))
                    .toList();
            assertThat(lines)
                    .extracting(ILoggingEvent::getLoggerName)
                    .contains("nl.ketenhub.bericht.IntakeService", "nl.ketenhub.bericht.BerichtPipeline");
            assertThat(lines).allSatisfy(e -> {
                assertThat(e.getMDCPropertyMap()).containsEntry(LogContext.BERICHT_ID, id.toString());
                assertThat(e.getMDCPropertyMap()).containsEntry(LogContext.IDENTIFICATIE, fresh.identificatie());
            });
        }
    }

    @Test
    void noLogLineOfAScenarioRunHoldsABsn() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            Fresh301 valid = fresh301();
            UUID in = delivered301(valid);
            post(retourFor(valid.identificatie()), "demo-42420001");
            // refused at intake: the BSN where a postcode belongs
            post(
                    fresh301()
                            .xml()
                            .replaceFirst(
                                    "<ijw:Postcode>[^<]*</ijw:Postcode>",
                                    "<ijw:Postcode>" + uniqueBsn() + "</ijw:Postcode>"),
                    "demo-0384");
            // rejected at level 2
            UUID elfproef = idOf(post(
                            fresh301()
                                    .xml()
                                    .replaceFirst(
                                            "<jw301:Bsn>[0-9]{9}</jw301:Bsn>", "<jw301:Bsn>999900007</jw301:Bsn>"),
                            "demo-0384")
                    .body());
            postOperator("/api/berichten/" + in + "/replay?force=true", null);
            get("/api/berichten?bsn=" + valid.bsn(), OPERATOR);
            awaitStatus(elfproef, Bericht.Status.REJECTED);
            Thread.sleep(1000);

            assertThat(logs.lines()).isNotEmpty().noneSatisfy(line -> assertThat(BsnMask.containsBsn(line))
                    .as("a 9-digit number passing the 11-proef in: %s", line)
                    .isTrue());
        }
    }
}
