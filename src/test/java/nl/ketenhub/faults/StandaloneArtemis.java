package nl.ketenhub.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A standalone Apache Artemis broker as its own process: the distribution from Maven Central
 * ({@code org.apache.artemis:apache-artemis:tar.gz:bin}, copied to target/artemis by the faults
 * profile, else taken from the local Maven repository), an instance made with {@code artemis
 * create}, and the hub's address settings written into its broker.xml.
 */
final class StandaloneArtemis {

    private static final String VERSION = "2.56.0";

    /** The hub's settings (routing.BrokerConfiguration), as a standalone broker needs them. */
    private static final String ADDRESS_SETTINGS =
            """
            <address-settings>
                     <address-setting match="#">%1$s</address-setting>
                     <address-setting match="ketenhub.pipeline">%1$s<default-consumer-window-size>65536</default-consumer-window-size></address-setting>
                     <address-setting match="ketenhub.delivery">%1$s<default-consumer-window-size>0</default-consumer-window-size></address-setting>
                     <address-setting match="ketenhub.*.out">%1$s<id-cache-size>5000</id-cache-size></address-setting>
                  </address-settings>"""
                    .formatted(
                            """
                            <dead-letter-address>ketenhub.parked</dead-letter-address>\
                            <expiry-address>ketenhub.parked</expiry-address>\
                            <max-delivery-attempts>10</max-delivery-attempts>\
                            <redelivery-delay>500</redelivery-delay>\
                            <redelivery-delay-multiplier>2.0</redelivery-delay-multiplier>\
                            <max-redelivery-delay>60000</max-redelivery-delay>\
                            <max-size-bytes>67108864</max-size-bytes>\
                            <address-full-policy>PAGE</address-full-policy>\
                            <auto-create-queues>true</auto-create-queues>\
                            <auto-create-addresses>true</auto-create-addresses>""");

    private final Path instance;
    private final int port;
    private Process process;
    private int starts;

    StandaloneArtemis(Path instance) throws IOException {
        this.instance = instance.toAbsolutePath();
        Files.createDirectories(this.instance.getParent());
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Creates the broker instance (journal on disk, fsync, anonymous access on the loopback). */
    void create() throws IOException, InterruptedException {
        Path home = distribution();
        run(
                List.of(
                        home.resolve("bin/artemis").toString(),
                        "create",
                        instance.toString(),
                        "--silent",
                        "--force",
                        "--user",
                        "hub",
                        "--password",
                        "hub",
                        "--allow-anonymous",
                        "--nio",
                        "--no-autotune",
                        "--no-web",
                        "--no-amqp-acceptor",
                        "--no-mqtt-acceptor",
                        "--no-stomp-acceptor",
                        "--no-hornetq-acceptor",
                        "--host",
                        "127.0.0.1",
                        "--default-port",
                        Integer.toString(port),
                        "--java-memory",
                        "512M",
                        "--queues",
                        "ketenhub.parked:anycast,ketenhub.pipeline:anycast,ketenhub.delivery:anycast"),
                instance.getParent().resolve("artemis-create.log"),
                Duration.ofMinutes(3));
        Path brokerXml = instance.resolve("etc/broker.xml");
        String xml = Files.readString(brokerXml, StandardCharsets.UTF_8);
        int from = xml.indexOf("<address-settings>");
        int to = xml.indexOf("</address-settings>") + "</address-settings>".length();
        xml = xml.substring(0, from) + ADDRESS_SETTINGS + xml.substring(to);
        xml = xml.replace(
                "<persistence-enabled>true</persistence-enabled>",
                "<persistence-enabled>true</persistence-enabled>\n      <id-cache-size>100000</id-cache-size>");
        Files.writeString(brokerXml, xml, StandardCharsets.UTF_8);
    }

    void start() throws IOException, InterruptedException {
        starts++;
        Path log = instance.getParent().resolve("artemis-" + starts + ".log");
        ProcessBuilder builder =
                new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = HubProcess.startAndAwait(builder, log, "AMQ221007", Duration.ofMinutes(2));
    }

    /** kill -9 of the broker: whatever it had not synced to its journal is gone. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The unpacked distribution under target/artemis. */
    private static Path distribution() throws IOException, InterruptedException {
        Path target = Path.of("target", "artemis").toAbsolutePath();
        Path home = target.resolve("apache-artemis-" + VERSION);
        if (Files.isExecutable(home.resolve("bin/artemis"))) {
            return home;
        }
        String name = "apache-artemis-" + VERSION + "-bin.tar.gz";
        Path archive = target.resolve(name);
        if (!Files.exists(archive)) {
            Path repository = Path.of(System.getProperty(
                    "maven.repo.local",
                    Path.of(System.getProperty("user.home"), ".m2", "repository")
                            .toString()));
            archive = repository.resolve("org/apache/artemis/apache-artemis/" + VERSION + "/" + name);
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("no Artemis distribution: run with -Pfaults (it copies " + name + ")");
        }
        Files.createDirectories(target);
        run(
                List.of("tar", "xzf", archive.toString(), "-C", target.toString()),
                target.resolve("unpack.log"),
                Duration.ofMinutes(2));
        return home;
    }

    private static void run(List<String> command, Path log, Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish, see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.get(0) + " failed, see " + log);
        }
    }
}
