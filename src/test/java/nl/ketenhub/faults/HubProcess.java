package nl.ketenhub.faults;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The hub as a JVM of its own, started from the test's classpath in the project folder (so it reads
 * config/ and routes/ like a real installation), on PostgreSQL and a persistent broker journal.
 */
public final class HubProcess {

    private final Path dataDir;
    private final List<String> arguments;
    private final int httpPort;
    private final int brokerPort;
    private Process process;
    private int starts;

    private final List<String> jvmOptions;

    public HubProcess(String run, String schema, List<String> extra) throws IOException {
        this(run, schema, extra, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"));
    }

    public HubProcess(String run, String schema, List<String> extra, List<String> jvmOptions) throws IOException {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.dataDir = Path.of("target", "fault-data", run);
        Files.createDirectories(dataDir);
        this.httpPort = freePort();
        this.brokerPort = freePort();
        this.arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=local,postgres",
                "--server.port=" + httpPort,
                "--ketenhub.data-dir=" + dataDir,
                "--ketenhub.broker.tcp-port=" + brokerPort,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                "--spring.datasource.username=postgres",
                "--spring.flyway.schemas=" + schema,
                "--spring.flyway.create-schemas=true",
                "--camel.main.routes-reload-enabled=false",
                "--ketenhub.recovery.after=5s",
                "--ketenhub.recovery.period=5000"));
        this.arguments.addAll(extra);
    }

    public void start() throws IOException, InterruptedException {
        starts++;
        Path log = dataDir.resolve("hub-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.ketenhub.KetenhubApplication"));
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (output.contains("Started KetenhubApplication")) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("hub exited during start-up, see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("hub did not start within 3 minutes, see " + log);
    }

    /** kill -9: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /**
     * A connection over the broker's TCP acceptor as the partner a queue ({@code ketenhub.<code>.in}
     * or {@code .out}) belongs to: broker security allows a partner its own queues only; in the local
     * profile its demo token is its broker password.
     */
    public static Connection connectAsOwner(ActiveMQConnectionFactory factory, String queue) throws JMSException {
        String partner = queue.split("\\.")[1];
        return factory.createConnection(partner, "demo-" + partner);
    }

    public String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    public long pid() {
        return process.pid();
    }

    public int httpPort() {
        return httpPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
