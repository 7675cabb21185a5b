package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenhub.bericht.BerichtUnmarshaller;
import nl.ketenhub.bericht.Inspection;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.SchemaCatalog;
import nl.ketenhub.faults.HubProcess;
import nl.ketenhub.faults.Load;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The hub's benchmark (issue #4): the hub as its own JVM (C2, -Xmx512m) on PostgreSQL and a
 * persistent Artemis journal, driven over JMS by gemeente 0384 and aanbieder 42420001. Measures
 * sustained end-to-end throughput (intake to delivery, with every check and canonical update),
 * latency percentiles at a fixed offered load, the hub's heap, and in the same run the raw rate of
 * XSD validation + JAXB binding on the same messages. Not part of the default test run:
 * {@code mvn -Pbenchmark verify}; sizes with -Dketenhub.benchmark.messages / .rate / .seconds.
 */
@Tag("benchmark")
class HubBenchmark {

    private static final int MESSAGES = Integer.getInteger("ketenhub.benchmark.messages", 6000);
    private static final int RATE = Integer.getInteger("ketenhub.benchmark.rate", 500);
    private static final int SECONDS = Integer.getInteger("ketenhub.benchmark.seconds", 20);
    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"), "istandaarden");

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();

    @Test
    void benchmark() throws Exception {
        String schema = "bench_" + run;
        String jw301 = Files.readString(SHARED.resolve("ijw/3.2/berichten/JW301.xml"));
        String jw302 = Files.readString(SHARED.resolve("ijw/3.2/berichten/JW302.xml"));
        HubProcess hub = new HubProcess(run, schema, List.of(), List.of("-Xmx512m", "-XX:+UseG1GC"));
        StringBuilder report = new StringBuilder();
        try {
            hub.start();
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(hub.brokerUrl());

            // warm-up: toewijzingen the 302s of the mix will answer
            List<String> delivered301 = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                delivered301.add(nextIdentificatie());
            }
            sendAll(
                    factory,
                    "ketenhub.0384.in",
                    delivered301.stream()
                            .map(id -> toewijzing(jw301, id, false))
                            .toList());
            drain(factory, "ketenhub.42420001.out", delivered301.size(), 600);

            // the mix: 60 % new 301s, 35 % 302s answering delivered 301s, 5 % faulty 301s (CS002)
            List<String> to0384 = new ArrayList<>();
            List<String> to42420001 = new ArrayList<>();
            int forwards = 0;
            int answersTo0384 = 0;
            for (int i = 0; i < MESSAGES; i++) {
                int kind = i % 20;
                if (kind < 12) {
                    to0384.add(toewijzing(jw301, nextIdentificatie(), false));
                    forwards++;
                } else if (kind < 19 && !delivered301.isEmpty()) {
                    to42420001.add(retour(jw302, delivered301.remove(delivered301.size() - 1)));
                    answersTo0384++;
                } else {
                    to0384.add(toewijzing(jw301, nextIdentificatie(), true));
                    answersTo0384++;
                }
            }
            long start = System.nanoTime();
            Thread gemeente = start(() -> sendAll(factory, "ketenhub.0384.in", to0384));
            Thread aanbieder = start(() -> sendAll(factory, "ketenhub.42420001.in", to42420001));
            int expectedForwards = forwards;
            int expectedAnswers = answersTo0384;
            Thread drainAanbieder = start(() -> drain(factory, "ketenhub.42420001.out", expectedForwards, 900));
            drain(factory, "ketenhub.0384.out", expectedAnswers, 900);
            gemeente.join();
            aanbieder.join();
            drainAanbieder.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            double throughput = MESSAGES / seconds;
            report.append(String.format(
                    "| sustained throughput, mixed 301/302/faulty, %d messages | %.0f msg/s (%.1f s) |%n",
                    MESSAGES, throughput, seconds));

            // latency at a fixed offered load
            long[] latencies = latencyAtFixedRate(factory, jw301);
            report.append(String.format(
                    "| latency at %d msg/s offered for %d s (301 intake to delivery) | p50 %d ms, p95 %d ms, p99 %d ms |%n",
                    RATE, SECONDS, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99)));
            report.append("| hub heap after the run | ").append(heap(hub.pid())).append(" |\n");

            // the raw rate of validation + binding on the same messages, in this JVM, one thread
            double raw = rawRate(jw301);
            report.append(String.format("| raw XSD validation + JAXB binding (1 thread) | %.0f msg/s |%n", raw));
            report.append(String.format("| ratio raw / end-to-end | %.1f |%n", raw / throughput));
        } finally {
            hub.stop();
            try (var db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
                db.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
        String result = "| measure | value |\n|---|---|\n" + report;
        System.out.println(result);
        Path results = Path.of(
                "target", "benchmark", "results-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.createDirectories(results.getParent());
        Files.writeString(results, result, StandardCharsets.UTF_8);
        assertThat(report).isNotEmpty();
    }

    private long[] latencyAtFixedRate(ActiveMQConnectionFactory factory, String jw301) throws Exception {
        int total = RATE * SECONDS;
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread receiver = start(() -> {
            try (Connection connection = HubProcess.connectAsOwner(factory, "ketenhub.42420001.out")) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("ketenhub.42420001.out"));
                long deadline = System.nanoTime() + (SECONDS + 120) * 1_000_000_000L;
                while (latencies.size() < total && System.nanoTime() < deadline) {
                    if (consumer.receive(500) instanceof TextMessage text) {
                        Long sent = sentAt.remove(identificatie(text.getText()));
                        if (sent != null) {
                            latencies.add((System.nanoTime() - sent) / 1_000_000);
                        }
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection connection = HubProcess.connectAsOwner(factory, "ketenhub.0384.in")) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("ketenhub.0384.in"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            long interval = 1_000_000_000L / RATE;
            long next = System.nanoTime();
            for (int i = 0; i < total; i++) {
                while (System.nanoTime() < next) {
                    Thread.onSpinWait();
                }
                String id = nextIdentificatie();
                sentAt.put(id, System.nanoTime());
                producer.send(session.createTextMessage(toewijzing(jw301, id, false)));
                next += interval;
            }
        }
        receiver.join();
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String heap(long pid) throws Exception {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(pid),
                        "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return Arrays.stream(output.split("\n"))
                .filter(line -> line.contains("garbage-first heap"))
                .map(String::trim)
                .findFirst()
                .orElse("unknown");
    }

    private double rawRate(String jw301) throws Exception {
        IntakeInspector inspector = new IntakeInspector(new SchemaCatalog(), new IntakeProperties(26_214_400));
        BerichtUnmarshaller unmarshaller = new BerichtUnmarshaller();
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            payloads.add(toewijzing(jw301, nextIdentificatie(), false).getBytes(StandardCharsets.UTF_8));
        }
        for (int round = 0; round < 2; round++) {
            for (byte[] payload : payloads) {
                bind(inspector, unmarshaller, payload);
            }
        }
        long start = System.nanoTime();
        int count = 0;
        while (System.nanoTime() - start < 10_000_000_000L) {
            bind(inspector, unmarshaller, payloads.get(count++ % payloads.size()));
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static void bind(IntakeInspector inspector, BerichtUnmarshaller unmarshaller, byte[] payload) {
        Inspection inspection = inspector.inspect(payload);
        if (!inspection.accepted()) {
            throw new IllegalStateException(inspection.findings().toString());
        }
        unmarshaller.unmarshalAsIjw(inspection.document(), inspection.type(), nl.ketenhub.xml.ijw.jw301.Root.class);
    }

    private static void sendAll(ActiveMQConnectionFactory factory, String queue, List<String> messages) {
        try (Connection connection = HubProcess.connectAsOwner(factory, queue)) {
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = session.createProducer(session.createQueue(queue));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            int n = 0;
            for (String message : messages) {
                producer.send(session.createTextMessage(message));
                if (++n % 200 == 0) {
                    session.commit();
                }
            }
            session.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drain(ActiveMQConnectionFactory factory, String queue, int count, int timeoutSeconds) {
        try (Connection connection = HubProcess.connectAsOwner(factory, queue)) {
            connection.start();
            Session session = connection.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            int received = 0;
            while (received < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + received + " of " + count + " on " + queue);
                }
                if (consumer.receive(1000) != null) {
                    received++;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String nextIdentificatie() {
        return "B" + run.substring(0, 3) + sequence.incrementAndGet();
    }

    private String toewijzing(String template, String identificatie, boolean faulty) {
        return Load.toewijzing(template, identificatie, Integer.parseInt(identificatie.substring(4)), faulty);
    }

    /** The aanbieder's approving 302 for a delivered 301 (the published JW302 without its codes). */
    private static String retour(String template, String identificatie) {
        String header = template.substring(0, template.indexOf("</jw302:Header>"))
                .replaceAll("(?s)<jw302:RetourCodes>.*?</jw302:RetourCodes>", "");
        return header.replaceFirst("<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + identificatie + "<")
                        .replaceFirst("<ijw:Dagtekening>[^<]*<", "<ijw:Dagtekening>2026-04-01<")
                + "</jw302:Header>\n</jw302:Bericht>\n";
    }

    private static String identificatie(String xml) {
        int start = xml.indexOf("<ijw:Identificatie>") + "<ijw:Identificatie>".length();
        return xml.substring(start, xml.indexOf('<', start));
    }
}
