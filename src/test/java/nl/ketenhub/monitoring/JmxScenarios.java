package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Bericht.Direction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The JMX surface: Camel's route MBeans, and every attribute and operation of the hub's own. */
abstract class JmxScenarios extends MonitoringScenarios {

    @Autowired
    OverdueAnswers overdue;

    @Test
    void camelRegistersItsRouteMBeans() throws Exception {
        Set<ObjectName> routes = jmx().queryNames(new ObjectName("org.apache.camel:type=routes,*"), null);
        Set<Object> ids = new java.util.HashSet<>();
        for (ObjectName route : routes) {
            ids.add(jmx().getAttribute(route, "RouteId"));
        }
        assertThat(ids).contains("bericht-pipeline", "delivery", "jms-intake-0384");
    }

    @Test
    void aRouteIsSuspendedResumedStoppedAndStartedThroughItsMBean() throws Exception {
        ObjectName route = jmx().queryNames(new ObjectName("org.apache.camel:type=routes,name=\"recovery\",*"), null)
                .iterator()
                .next();
        try {
            jmx().invoke(route, "suspend", null, null);
            assertThat(jmx().getAttribute(route, "State")).isEqualTo("Suspended");
            jmx().invoke(route, "resume", null, null);
            assertThat(jmx().getAttribute(route, "State")).isEqualTo("Started");
            jmx().invoke(route, "stop", null, null);
            assertThat(jmx().getAttribute(route, "State")).isEqualTo("Stopped");
        } finally {
            jmx().invoke(route, "start", null, null);
        }
        assertThat(jmx().getAttribute(route, "State")).isEqualTo("Started");
    }

    @Test
    void a301IsCountedAsReceivedAcceptedAndDelivered() throws Exception {
        ObjectName in = counters("436", Direction.IN);
        ObjectName out = counters("436", Direction.OUT);
        long received = attr(in, "Received");
        long accepted = attr(in, "Accepted");
        long queued = attr(out, "Received");
        long delivered = attr(out, "Delivered");

        delivered301(fresh301());

        awaitTrue(() -> attrQuietly(out, "Delivered") > delivered);
        assertThat(attr(in, "Received")).isGreaterThan(received);
        assertThat(attr(in, "Accepted")).isGreaterThan(accepted);
        assertThat(attr(out, "Received")).isGreaterThan(queued);
        assertThat(attr(out, "Delivered")).isGreaterThan(delivered);
        assertThat(jmx().getAttribute(in, "BerichtCode")).isEqualTo("436");
        assertThat(jmx().getAttribute(in, "Direction")).isEqualTo("IN");
        assertThat(attr(in, "Failed")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void aRejected301IsCountedPerRetourcode() throws Exception {
        ObjectName in = counters("436", Direction.IN);
        long rejected = attr(in, "Rejected");
        long with0001 = retourcodeCount(in, "0001");
        String xml =
                fresh301().xml().replaceFirst("<jw301:Bsn>[0-9]{9}</jw301:Bsn>", "<jw301:Bsn>999900007</jw301:Bsn>");

        UUID id = idOf(post(xml, "demo-0384").body());

        awaitStatus(id, Bericht.Status.REJECTED);
        awaitTrue(() -> attrQuietly(in, "Rejected") > rejected);
        assertThat(attr(in, "Rejected")).isGreaterThan(rejected);
        assertThat(retourcodeCount(in, "0001")).isGreaterThan(with0001);
    }

    @Test
    void aPartnerChannelShowsItsStateLastDeliveryAndBacklog() throws Exception {
        delivered301(fresh301());
        ObjectName channel = channel("42420001");

        assertThat(jmx().getAttribute(channel, "Partner")).isEqualTo("42420001");
        assertThat(jmx().getAttribute(channel, "DeliveryType")).isEqualTo("JMS");
        assertThat(jmx().getAttribute(channel, "State")).isEqualTo("RUNNING");
        assertThat((String) jmx().getAttribute(channel, "LastDelivery")).isNotBlank();
        assertThat(attr(channel, "ConsecutiveFailures")).isZero();
        assertThat(attr(channel, "Backlog")).isGreaterThanOrEqualTo(0);
        assertThat(attr(channel, "OldestUndeliveredAgeSeconds")).isGreaterThanOrEqualTo(0);
        assertThat(attr(channel, "Parked")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void pausingAPartnerHoldsItsMessagesUntilResume() throws Exception {
        ObjectName channel = channel("42420001");
        Fresh301 fresh = fresh301();
        try {
            jmx().invoke(channel, "pause", null, null);
            assertThat(jmx().getAttribute(channel, "State")).isEqualTo("PAUSED");

            UUID id = idOf(post(fresh.xml(), "demo-0384").body());
            awaitStatus(id, Bericht.Status.ACCEPTED);
            assertNothingOnQueueFor("ketenhub.42420001.out", fresh.identificatie());
            UUID forward = forwardOf(id);
            assertThat(berichten.findById(forward).orElseThrow().getStatus()).isEqualTo(Bericht.Status.RECEIVED);
            assertThat(attr(channel, "Backlog")).isGreaterThanOrEqualTo(1);
            Thread.sleep(1100);
            assertThat(attr(channel, "OldestUndeliveredAgeSeconds")).isGreaterThanOrEqualTo(1);

            Object queued = jmx().invoke(channel, "resume", null, null);

            assertThat((Integer) queued).isGreaterThanOrEqualTo(1);
            assertThat(jmx().getAttribute(channel, "State")).isEqualTo("RUNNING");
            assertThat(awaitOnQueue("ketenhub.42420001.out", fresh.identificatie()))
                    .contains(fresh.identificatie());
            awaitStatus(forward, Bericht.Status.DELIVERED);
            awaitStatus(id, Bericht.Status.DELIVERED);
        } finally {
            jmx().invoke(channel, "resume", null, null);
        }
    }

    @Test
    void a301WithoutRetourIsOverdueAfterThreeWorkingDaysUntilThe302Arrives() throws Exception {
        Fresh301 fresh = fresh301();
        UUID forward = forwardOf(delivered301(fresh));
        String forwardId = forward.toString();

        assertThat(overdue.asOf(today()))
                .extracting(OverdueAnswers.Overdue::berichtId)
                .doesNotContain(forwardId);
        assertThat(overdue.asOf(today().plusDays(7)))
                .filteredOn(o -> o.berichtId().equals(forwardId))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.awaited()).isEqualTo("JW302");
                    assertThat(o.receiver()).isEqualTo("42420001");
                    assertThat(o.identificatie()).isEqualTo(fresh.identificatie());
                });

        UUID retour =
                idOf(post(retourFor(fresh.identificatie()), "demo-42420001").body());
        awaitStatus(retour, Bericht.Status.DELIVERED);

        assertThat(overdue.asOf(today().plusDays(7)))
                .extracting(OverdueAnswers.Overdue::berichtId)
                .doesNotContain(forwardId);
    }

    @Test
    void theOverdueMBeanAnswers() throws Exception {
        ObjectName name = operations.name("OverdueAnswers");
        assertThat(attr(name, "OverdueRetours")).isGreaterThanOrEqualTo(0);
        assertThat(attr(name, "OverdueDeclaratieAntwoorden")).isZero(); // no BACKEND gemeenten configured
        assertThat((String[]) jmx().getAttribute(name, "Overdue")).hasSize((int) attr(name, "OverdueRetours"));
    }

    @Test
    void theConfigurationMBeanShowsPartnersContractsAndSchemaVersions() throws Exception {
        ObjectName name = operations.name("Configuration");

        assertThat((String[]) jmx().getAttribute(name, "Partners"))
                .anySatisfy(line -> assertThat(line).startsWith("0384 ").contains("delivery=JMS"))
                .noneSatisfy(line -> assertThat(line).contains("demo-"));
        assertThat((String[]) jmx().getAttribute(name, "Contracts"))
                .anySatisfy(line -> assertThat(line).contains("42420001").contains("55"));
        TabularData versions = (TabularData) jmx().getAttribute(name, "SchemaVersions");
        Map<Object, Object> map = new java.util.HashMap<>();
        versions.values().forEach(row -> map.put(((CompositeData) row).get("key"), ((CompositeData) row).get("value")));
        assertThat(map)
                .containsEntry("jw301", "1.0.0 / 1.0.0")
                .containsKey("wmo325")
                .hasSize(28);
    }

    @Test
    void theOperationsMBeanReplaysAndSkipsADeliveredMessage() throws Exception {
        UUID id = delivered301(fresh301());

        Object result = jmx().invoke(
                        operations.name("Operations"), "replay", new Object[] {id.toString(), false}, new String[] {
                            String.class.getName(), boolean.class.getName()
                        });

        assertThat((String) result).startsWith("SKIPPED").contains("force");
        assertThat(berichten.findByReplayOfOrderByReceivedAtAsc(id)).isEmpty();
    }

    @Test
    void theOperationsMBeanPausesAndResumesAPartner() throws Exception {
        ObjectName ops = operations.name("Operations");
        try {
            jmx().invoke(ops, "pausePartner", new Object[] {"65656055"}, new String[] {String.class.getName()});
            assertThat(jmx().getAttribute(channel("65656055"), "State")).isEqualTo("PAUSED");
        } finally {
            jmx().invoke(ops, "resumePartner", new Object[] {"65656055"}, new String[] {String.class.getName()});
        }
        assertThat(jmx().getAttribute(channel("65656055"), "State")).isEqualTo("RUNNING");
    }

    @Test
    void jolokiaNeedsAnOperator() throws Exception {
        assertThat(jolokia("{\"type\":\"version\"}", null).statusCode()).isEqualTo(401);
        assertThat(jolokia("{\"type\":\"version\"}", "demo-42420001").statusCode())
                .isEqualTo(403);

        HttpResponse<String> version = jolokia("{\"type\":\"version\"}", "demo-operator");

        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(version.body()).contains("\"status\":200").contains("\"agent\":\"2.");
    }

    @Test
    void jolokiaReadsTheHubsMBeansAndExecutesItsOperations() throws Exception {
        String channel = channel("65656055").getCanonicalName();
        try {
            HttpResponse<String> paused = jolokia(
                    "{\"type\":\"exec\",\"mbean\":\"" + channel + "\",\"operation\":\"pause\"}", "demo-operator");
            assertThat(paused.body()).contains("\"status\":200");
            assertThat(jmx().getAttribute(channel("65656055"), "State")).isEqualTo("PAUSED");

            HttpResponse<String> state = jolokia(
                    "{\"type\":\"read\",\"mbean\":\"" + channel + "\",\"attribute\":\"State\"}", "demo-operator");
            assertThat(state.body()).contains("\"value\":\"PAUSED\"").contains("\"status\":200");
        } finally {
            jolokia("{\"type\":\"exec\",\"mbean\":\"" + channel + "\",\"operation\":\"resume\"}", "demo-operator");
        }
        assertThat(jmx().getAttribute(channel("65656055"), "State")).isEqualTo("RUNNING");
    }

    @Test
    void jolokiaRefusesToWriteAttributes() throws Exception {
        String route = jmx().queryNames(new ObjectName("org.apache.camel:type=routes,name=\"delivery\",*"), null)
                .iterator()
                .next()
                .getCanonicalName();
        Object before = jmx().getAttribute(new ObjectName(route), "Tracing");

        HttpResponse<String> write = jolokia(
                "{\"type\":\"write\",\"mbean\":\"" + route.replace("\"", "\\\"")
                        + "\",\"attribute\":\"Tracing\",\"value\":true}",
                "demo-operator");

        assertThat(write.body()).contains("\"status\":403").doesNotContain("at org.");
        assertThat(jmx().getAttribute(new ObjectName(route), "Tracing")).isEqualTo(before);
    }

    private HttpResponse<String> jolokia(String request, String token) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri("/jolokia/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long retourcodeCount(ObjectName name, String retourcode) throws Exception {
        TabularData data = (TabularData) jmx().getAttribute(name, "RejectedByRetourcode");
        for (Object row : data.values()) {
            if (retourcode.equals(((CompositeData) row).get("key"))) {
                return (Long) ((CompositeData) row).get("value");
            }
        }
        return 0;
    }

    private long attrQuietly(ObjectName name, String attribute) {
        try {
            return attr(name, attribute);
        } catch (Exception e) {
            return -1;
        }
    }
}
