package nl.ketenhub.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenhub.partner.PartnerConfigProperties;
import nl.ketenhub.partner.PartnerDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The partner endpoint check asks with HEAD, sends no message, and tells reachable from not. */
class PartnerEndpointsHealthTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger heads = new AtomicInteger();
    private final AtomicInteger others = new AtomicInteger();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            (exchange.getRequestMethod().equals("HEAD") ? heads : others).incrementAndGet();
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/berichten";
    }

    private static String closedPortUrl() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/berichten";
        }
    }

    private PartnerEndpointsHealth health(String... urls) throws Exception {
        StringBuilder yaml = new StringBuilder("partners:\n");
        for (int i = 0; i < urls.length; i++) {
            yaml.append("  - code: \"1111111")
                    .append(i)
                    .append("\"\n")
                    .append("    naam: Aanbieder ")
                    .append(i)
                    .append('\n')
                    .append("    channels:\n      intake: [HTTP]\n")
                    .append("      delivery: {type: HTTP, url: \"")
                    .append(urls[i])
                    .append("\"}\n");
        }
        Files.writeString(dir.resolve("partners.yaml"), yaml);
        PartnerDirectory partners = new PartnerDirectory(new PartnerConfigProperties(dir.toString(), false));
        MonitoringProperties properties =
                new MonitoringProperties(List.of(), Period.ofDays(60), Duration.ofSeconds(1), Duration.ZERO, 200);
        return new PartnerEndpointsHealth(partners, properties, Clock.systemUTC());
    }

    @Test
    void aPartnerAnsweringHeadIsReachableAndGetsNoMessage() throws Exception {
        Health health = health(startServer()).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("11111110", "reachable (HTTP 405)");
        assertThat(heads.get()).isEqualTo(1);
        assertThat(others.get()).isZero();
    }

    @Test
    void aPartnerThatCannotBeReachedIsReportedAndAllUnreachableIsDown() throws Exception {
        Health health = health(closedPortUrl()).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("11111110")).startsWith("unreachable");
    }

    @Test
    void oneUnreachablePartnerAmongReachableOnesKeepsTheHubUp() throws Exception {
        Health health = health(startServer(), closedPortUrl()).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat((String) health.getDetails().get("11111111")).startsWith("unreachable");
    }
}
