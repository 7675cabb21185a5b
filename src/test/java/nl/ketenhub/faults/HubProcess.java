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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The hub as a JVM of its own, started from the test's classpath in the project folder (so it reads
 * config/ and routes/ like a real installation), on PostgreSQL and a persistent broker journal.
 * Extra arguments {@code --name=value} replace the default of that name (database, profiles, ...).
 */
public final class HubProcess {

    /** How long a start may take; a busy shared machine needs more (-Dketenhub.hub.start-minutes). */
    private static final long START_MINUTES = Long.getLong("ketenhub.hub.start-minutes", 3);

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
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "local,postgres");
        settings.put("server.port", Integer.toString(httpPort));
        settings.put("ketenhub.data-dir", dataDir.toString());
        settings.put("ketenhub.broker.tcp-port", Integer.toString(brokerPort));
        // the tests drive the broker as the hub's own tooling (browse ketenhub.parked and the like);
        // broker security has tests of its own (BrokerSecurityTest, ProductionSecurityIT)
        settings.put("ketenhub.broker.tcp-security", "false");
        settings.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.flyway.schemas", schema);
        settings.put("spring.flyway.create-schemas", "true");
        settings.put("camel.main.routes-reload-enabled", "false");
        settings.put("ketenhub.recovery.after", "5s");
        settings.put("ketenhub.recovery.period", "5000");
        // an extra --name=value replaces the default of that name (Spring would join two values)
        for (String argument : extra) {
            int equals = argument.indexOf('=');
            settings.put(argument.substring(2, equals), argument.substring(equals + 1));
        }
        this.arguments = new ArrayList<>();
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    }

    public void start() throws IOException, InterruptedException {
        starts++;
        Path log = dataDir.resolve("hub-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.ketenhub.KetenhubApplication"));
        command.addAll(arguments);
        process = startAndAwait(
                new ProcessBuilder(command), log, "Started KetenhubApplication", Duration.ofMinutes(START_MINUTES));
    }

    /** Starts a process with its output in {@code log} and waits until that shows {@code ready}. */
    static Process startAndAwait(ProcessBuilder builder, Path log, String ready, Duration timeout)
            throws IOException, InterruptedException {
        Process started =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (output.contains(ready)) {
                return started;
            }
            if (!started.isAlive()) {
                throw new IllegalStateException(builder.command().get(0) + " exited during start-up, see " + log);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(builder.command().get(0) + " did not start within " + timeout + ", see " + log);
    }

    /** Drops a fault test's schema from the shared PostgreSQL on 5432. */
    static void dropSchema(String schema) throws java.sql.SQLException {
        try (var db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
            db.createStatement().execute("drop schema if exists " + schema + " cascade");
        }
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

    public boolean isAlive() {
        return process != null && process.isAlive();
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
