package nl.ketenhub.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The aanbieder's HTTP endpoint (partner 42420001 with delivery {type: HTTP}): a local HTTP server
 * that records what it receives in a {@link FaultLoad}, once per Idempotency-Key, and the keys of every push. It can
 * be taken down (connection refused) and answer 500 to messages a predicate picks (a poison).
 */
final class PartnerEndpoint {

    private final int port;
    private final FaultLoad load;
    private final Map<String, Set<String>> keysPerMessage = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger repeated = new AtomicInteger();
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private volatile Predicate<String> failing = xml -> false;
    private HttpServer server;

    PartnerEndpoint(FaultLoad load) throws IOException {
        this.load = load;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/berichten";
    }

    synchronized void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/berichten", this::handle);
        server.start();
    }

    /** Down: nothing listens on the port any more. */
    synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Answer 500 to every message the predicate picks (null: none). */
    void failFor(Predicate<String> poison) {
        this.failing = poison == null ? xml -> false : poison;
    }

    int refused() {
        return refused.get();
    }

    /** Pushes that came again with a key already taken (their first answer was lost). */
    int repeated() {
        return repeated.get();
    }

    /** The Idempotency-Key headers a message (by Identificatie) arrived with. */
    Set<String> keysOf(String identificatie) {
        return keysPerMessage.getOrDefault(identificatie, Set.of());
    }

    /**
     * The project's config/ with partner 42420001 delivering by HTTP to this endpoint, for {@code
     * --ketenhub.config.dir}.
     */
    Path configDir(Path runDir) throws IOException {
        Path dir = runDir.resolve("config").toAbsolutePath();
        Files.createDirectories(dir);
        try (var files = Files.list(Path.of("config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path partners = dir.resolve("partners.yaml");
        String yaml = Files.readString(partners, StandardCharsets.UTF_8);
        int aanbieder = yaml.indexOf("code: \"42420001\"");
        int delivery = yaml.indexOf("delivery: {type: JMS}", aanbieder);
        yaml = yaml.substring(0, delivery)
                + "delivery: {type: HTTP, url: \"" + url() + "\"}"
                + yaml.substring(delivery + "delivery: {type: JMS}".length());
        Files.writeString(partners, yaml, StandardCharsets.UTF_8);
        return dir;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String xml = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (failing.test(xml)) {
            refused.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        boolean first = keysPerMessage
                .computeIfAbsent(FaultLoad.identificatieOf(xml), k -> ConcurrentHashMap.newKeySet())
                .add(key);
        // A receiver that honours Idempotency-Key takes a key once. A push that comes again with a
        // key whose answer never went out (the endpoint went down between taking it and answering)
        // is the hub's rightful retry; one that comes again after the endpoint had answered 200 is
        // a second delivery, and so is a second key for the same message.
        if (first || answered.contains(key)) {
            load.record(xml);
        } else {
            repeated.incrementAndGet();
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
        answered.add(key);
    }

    List<String> identificaties() {
        return List.copyOf(keysPerMessage.keySet());
    }
}
