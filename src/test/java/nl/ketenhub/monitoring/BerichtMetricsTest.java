package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.canonical.Bericht.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every attribute of the per-BerichtCode MBean and the matching Prometheus counters. */
class BerichtMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MonitoringMBeans mbeans = new MonitoringMBeans();
    private final BerichtMetrics metrics =
            new BerichtMetrics(registry, mbeans, new DeliveryActivity(null, Clock.systemUTC()));

    @AfterEach
    void unregister() {
        mbeans.destroy();
    }

    @Test
    void countsEveryEventPerBerichtCodeAndDirection() throws Exception {
        metrics.received(Direction.IN, "436");
        metrics.received(Direction.IN, "436");
        metrics.accepted(Direction.IN, "436");
        metrics.rejected(
                Direction.IN,
                "436",
                List.of(
                        Finding.content("CS002", "elfproef", "Client"),
                        Finding.content("TR002", "x", "Client"),
                        Finding.crossMessage("TR332", "9332", "reused", "Client/ToegewezenProduct[1]")));
        metrics.failed(Direction.IN, "436");
        metrics.received(Direction.OUT, "436");
        metrics.delivered("42420001", "436");
        metrics.failed(Direction.OUT, "437");

        ObjectName in = mbeans.name("type=Berichten,berichtCode=436,direction=IN");
        var server = mbeans.server();
        assertThat(server.getAttribute(in, "BerichtCode")).isEqualTo("436");
        assertThat(server.getAttribute(in, "Direction")).isEqualTo("IN");
        assertThat(server.getAttribute(in, "Received")).isEqualTo(2L);
        assertThat(server.getAttribute(in, "Accepted")).isEqualTo(1L);
        assertThat(server.getAttribute(in, "Rejected")).isEqualTo(1L);
        assertThat(server.getAttribute(in, "Failed")).isEqualTo(1L);
        assertThat(server.getAttribute(in, "Delivered")).isEqualTo(0L);
        TabularData byCode = (TabularData) server.getAttribute(in, "RejectedByRetourcode");
        assertThat(byCode.values())
                .extracting(row -> ((CompositeData) row).get("key") + "=" + ((CompositeData) row).get("value"))
                .containsExactlyInAnyOrder("0001=1", "9332=1");

        ObjectName out = mbeans.name("type=Berichten,berichtCode=436,direction=OUT");
        assertThat(server.getAttribute(out, "Received")).isEqualTo(1L);
        assertThat(server.getAttribute(out, "Delivered")).isEqualTo(1L);
        assertThat(server.getAttribute(mbeans.name("type=Berichten,berichtCode=437,direction=OUT"), "Failed"))
                .isEqualTo(1L);
    }

    @Test
    void findingsWithoutRetourcodeCountAsGeen() {
        metrics.rejected(Direction.IN, null, List.of(Finding.format("HUB-XML", "not XML")));

        BerichtMetrics.Counters geen = metrics.counters(Direction.IN, null);
        assertThat(geen.getBerichtCode()).isEqualTo("geen");
        assertThat(geen.getRejectedByRetourcode()).containsEntry("geen", 1L);
    }

    @Test
    void prometheusCountersCarryOnlyCodeDirectionEventAndRetourcode() {
        metrics.received(Direction.IN, "490");
        metrics.rejected(Direction.IN, "490", List.of(Finding.crossMessage("TR056", "9056", "dup", "Header")));

        assertThat(registry.get("ketenhub.berichten")
                        .tags("berichtcode", "490", "direction", "IN", "event", "received")
                        .functionCounter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.get("ketenhub.berichten.rejected")
                        .tags("berichtcode", "490", "retourcode", "9056")
                        .functionCounter()
                        .count())
                .isEqualTo(1.0);
        assertThat(registry.getMeters())
                .flatMap(m -> m.getId().getTags())
                .extracting(io.micrometer.core.instrument.Tag::getKey)
                .containsOnly("berichtcode", "direction", "event", "retourcode");
    }

    @Test
    void everyKnownBerichtCodeHasItsMBeanFromTheStart() throws Exception {
        assertThat(mbeans.server().isRegistered(mbeans.name("type=Berichten,berichtCode=491,direction=IN")))
                .isTrue();
        assertThat(mbeans.server().isRegistered(mbeans.name("type=Berichten,berichtCode=414,direction=OUT")))
                .isTrue();
    }
}
