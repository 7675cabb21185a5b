package nl.ketenhub.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import nl.ketenhub.faults.Load;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The benchmark's partners on the hub's broker, gemeente 0384 and aanbieder 42420001 (and the warm-up's
 * aanbieders, {@link WarmUpAanbieders}): they send the
 * phases of a {@link Trajectories} mix, or (the earlier mix) 301s and 302s answering them, and drain
 * their outbound queues. Identificaties are unique per benchmark run.
 */
final class Traffic {

    private final ActiveMQConnectionFactory factory;
    private final String run;
    private final String jw301;
    private final String jw302;
    private final AtomicInteger sequence;
    private final Map<String, Sent> sentAt = new ConcurrentHashMap<>();

    /** When a latency message was due ({@link System#nanoTime}; {@link FixedRate}) and in which second of its load. */
    private record Sent(long nanos, int second) {}

    /** {@link System#currentTimeMillis} less {@link System#nanoTime} in ms, to compare a JMS timestamp with a nano time. */
    private static long wallMinusNanoMillis() {
        return System.currentTimeMillis() - System.nanoTime() / 1_000_000;
    }

    Traffic(ActiveMQConnectionFactory factory, String run, String jw301, String jw302, AtomicInteger sequence) {
        this.factory = factory;
        this.run = run;
        this.jw301 = jw301;
        this.jw302 = jw302;
        this.sequence = sequence;
    }

    /** What a mixed run sends, and what each partner must receive. */
    record Mix(List<String> to0384, List<String> to42420001, int forwards, int answersTo0384) {
        int size() {
            return to0384.size() + to42420001.size();
        }
    }

    /** Warm-up: toewijzingen the 302s of the mix will answer, sent and delivered; returns their Identificaties. */
    List<String> delivered301s(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(nextIdentificatie());
        }
        sendAll(
                "ketenhub.0384.in",
                ids.stream().map(id -> toewijzing(id, false)).toList());
        drain("ketenhub.42420001.out", ids.size(), 900);
        return ids;
    }

    /** 60 % new 301s, 35 % 302s answering delivered 301s, 5 % faulty 301s (CS002). */
    Mix mix(int messages, List<String> delivered301) {
        List<String> to0384 = new ArrayList<>();
        List<String> to42420001 = new ArrayList<>();
        int forwards = 0;
        int answers = 0;
        for (int i = 0; i < messages; i++) {
            int kind = i % 20;
            if (kind < 12) {
                to0384.add(toewijzing(nextIdentificatie(), false));
                forwards++;
            } else if (kind < 19 && !delivered301.isEmpty()) {
                to42420001.add(retour(delivered301.remove(delivered301.size() - 1)));
                answers++;
            } else {
                to0384.add(toewijzing(nextIdentificatie(), true));
                answers++;
            }
        }
        return new Mix(to0384, to42420001, forwards, answers);
    }

    /** Sends the mix from both partners at once and waits until every outcome is delivered; returns seconds. */
    double run(Mix mix) throws InterruptedException {
        long start = System.nanoTime();
        Thread gemeente = start(() -> sendAll("ketenhub.0384.in", mix.to0384()));
        Thread aanbieder = start(() -> sendAll("ketenhub.42420001.in", mix.to42420001()));
        Thread drainAanbieder = start(() -> drain("ketenhub.42420001.out", mix.forwards(), 1800));
        drain("ketenhub.0384.out", mix.answersTo0384(), 1800);
        gemeente.join();
        aanbieder.join();
        drainAanbieder.join();
        return (System.nanoTime() - start) / 1e9;
    }

    /** What a phased run took: seconds for all phases, per phase, and the RetourCodes of the rejections. */
    record PhasedRun(double seconds, Map<String, Double> phaseSeconds, Map<String, Integer> rejections) {}

    /**
     * Sends the phases one after the other, each from both partners at once, and waits after each
     * until exactly its expected outcomes have arrived on the partners' queues; fails when one is
     * missing or different. Returns as soon as the last arrived: {@link #expectNothingMore} then
     * checks that nothing extra follows, after the caller has read the processes' CPU (until the
     * twenty-first session those readings included that 6-8 s wait on a mostly idle machine).
     */
    PhasedRun runPhases(List<Phase> phases) throws Exception {
        Map<String, Double> phaseSeconds = new LinkedHashMap<>();
        Map<String, Integer> rejections = new TreeMap<>();
        ExecutorService threads = Executors.newCachedThreadPool();
        long start = System.nanoTime();
        try {
            for (Phase phase : phases) {
                long phaseStart = System.nanoTime();
                List<CompletableFuture<?>> sending = new ArrayList<>();
                phase.messages().stream()
                        .collect(Collectors.groupingBy(
                                Phase.Outbound::queue,
                                LinkedHashMap::new,
                                Collectors.mapping(Phase.Outbound::xml, Collectors.toList())))
                        .forEach((queue, xml) ->
                                sending.add(CompletableFuture.runAsync(() -> sendAll(queue, xml), threads)));
                Map<String, CompletableFuture<List<String>>> receiving = new LinkedHashMap<>();
                phase.expected().forEach((queue, outcomes) -> {
                    int count = outcomes.values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
                    receiving.put(queue, CompletableFuture.supplyAsync(() -> drain(queue, count, 900), threads));
                });
                sending.forEach(CompletableFuture::join);
                for (Map.Entry<String, CompletableFuture<List<String>>> queue : receiving.entrySet()) {
                    Map<String, Integer> arrived = new TreeMap<>();
                    for (String xml : queue.getValue().join()) {
                        arrived.merge(Phase.outcome(xml), 1, Integer::sum);
                        Phase.rejectionCodes(xml).forEach(code -> rejections.merge(code, 1, Integer::sum));
                    }
                    if (!arrived.equals(phase.expected().get(queue.getKey()))) {
                        throw new IllegalStateException("phase " + phase.name() + " on " + queue.getKey()
                                + ": expected " + phase.expected().get(queue.getKey()) + " but got " + arrived);
                    }
                }
                phaseSeconds.put(phase.name(), (System.nanoTime() - phaseStart) / 1e9);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new PhasedRun(seconds, phaseSeconds, rejections);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Fails when anything beyond the expected outcomes arrives on the two partners' queues within 3 s. */
    void expectNothingMore() {
        expectNothingMore(List.of(Trajectories.GEMEENTE_OUT, Trajectories.AANBIEDER_OUT));
    }

    /** As {@link #expectNothingMore()}, on these queues, all at once (the warm-up's aanbieders have one each). */
    void expectNothingMore(List<String> queues) {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(queues.size(), 32));
        try {
            Map<String, CompletableFuture<List<String>>> checks = new LinkedHashMap<>();
            queues.forEach(
                    queue -> checks.put(queue, CompletableFuture.supplyAsync(() -> drain(queue, 0, 3), threads)));
            checks.forEach((queue, check) -> {
                List<String> extra = check.join();
                if (!extra.isEmpty()) {
                    throw new IllegalStateException("unexpected on " + queue + ": "
                            + extra.stream().map(Phase::outcome).toList());
                }
            });
        } finally {
            threads.shutdownNow();
        }
    }

    /** Senders of a fixed-rate load, each on a connection of its own (a partner's send waits for the broker). */
    static final int LATENCY_SENDERS = 4;

    /**
     * Latencies (ms) of 301s sent at a fixed rate ({@link FixedRate}): from each message's due time to
     * its delivery at the aanbieder, with its second of sending.
     */
    FixedRate.Run latencyAtFixedRate(int rate, int seconds) throws Exception {
        int total = rate * seconds;
        List<Latencies.Sample> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Latencies.Sample> afterSend = Collections.synchronizedList(new ArrayList<>());
        long wallMinusNano = wallMinusNanoMillis();
        Thread receiver = start(() -> {
            try (Connection connection = factory.createConnection()) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("ketenhub.42420001.out"));
                long deadline = System.nanoTime() + (seconds + 120) * 1_000_000_000L;
                while (latencies.size() < total && System.nanoTime() < deadline) {
                    if (consumer.receive(500) instanceof TextMessage text) {
                        Sent sent = sentAt.remove(identificatie(text.getText()));
                        if (sent != null) {
                            long now = System.nanoTime();
                            latencies.add(new Latencies.Sample(sent.second(), (now - sent.nanos()) / 1_000_000));
                            // the hub's send of the forward (its JMS timestamp) to here: the rest of its
                            // batch, the commit and the broker's delivery
                            afterSend.add(new Latencies.Sample(
                                    sent.second(), now / 1_000_000 + wallMinusNano - text.getJMSTimestamp()));
                        }
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        FixedRate.Sending sending = FixedRate.send(total, rate, LATENCY_SENDERS, () -> {
            Connection connection = factory.createConnection();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("ketenhub.0384.in"));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            return new FixedRate.Sender() {
                @Override
                public void send(int index, long due) throws JMSException {
                    String id = nextIdentificatie();
                    String xml = toewijzing(id, false);
                    sentAt.put(id, new Sent(due, index / rate));
                    producer.send(session.createTextMessage(xml));
                }

                @Override
                public void close() throws JMSException {
                    connection.close();
                }
            };
        });
        receiver.join();
        sentAt.clear();
        return new FixedRate.Run(new Latencies(List.copyOf(latencies)), new Latencies(List.copyOf(afterSend)), sending);
    }

    /** The last stretch before a send that the sender spins instead of parking (the park's wake-up is less exact). */
    private static final long SPIN_NANOS = 200_000;

    /**
     * Waits until {@code deadline} ({@link System#nanoTime}): parked for all but the last {@link
     * #SPIN_NANOS}, which it spins. Until the thirteenth session the sender spun the whole interval,
     * and so took one of the machine's two cores from the hub, the broker and PostgreSQL while the
     * latency was measured.
     */
    static void waitUntil(long deadline) {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > SPIN_NANOS) {
            LockSupport.parkNanos(remaining - SPIN_NANOS);
        }
        while (System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    String nextIdentificatie() {
        return "B" + run.substring(0, 3) + sequence.incrementAndGet();
    }

    String toewijzing(String identificatie, boolean faulty) {
        return Load.toewijzing(jw301, identificatie, Integer.parseInt(identificatie.substring(4)), faulty);
    }

    /** The aanbieder's approving 302 for a delivered 301 (the published JW302 without its codes). */
    private String retour(String identificatie) {
        String header = jw302.substring(0, jw302.indexOf("</jw302:Header>"))
                .replaceAll("(?s)<jw302:RetourCodes>.*?</jw302:RetourCodes>", "");
        return header.replaceFirst("<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + identificatie + "<")
                        .replaceFirst("<ijw:Dagtekening>[^<]*<", "<ijw:Dagtekening>2026-04-01<")
                + "</jw302:Header>\n</jw302:Bericht>\n";
    }

    private void sendAll(String queue, List<String> messages) {
        try (Connection connection = factory.createConnection()) {
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

    /**
     * Receives {@code count} messages from the queue within the timeout and returns their text;
     * with a count of 0, whatever arrives within the timeout.
     */
    private List<String> drain(String queue, int count, int timeoutSeconds) {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.DUPS_OK_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            List<String> received = new ArrayList<>();
            while (count == 0 || received.size() < count) {
                if (System.nanoTime() > deadline) {
                    if (count == 0) {
                        return received;
                    }
                    throw new IllegalStateException("only " + received.size() + " of " + count + " on " + queue);
                }
                if (consumer.receive(1000) instanceof TextMessage text) {
                    received.add(text.getText());
                }
            }
            return received;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static String identificatie(String xml) {
        int start = xml.indexOf("<ijw:Identificatie>") + "<ijw:Identificatie>".length();
        return xml.substring(start, xml.indexOf('<', start));
    }
}
