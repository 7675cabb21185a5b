package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtView.Linked;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.hub.HubTestSupport;
import nl.ketenhub.regie.RegieBerichten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Never lose, never double (issue #4): a message stranded between the log and the queue is
 * recovered; a JMS intake message redelivered after a crash is logged once; a message queued twice is processed once; a delivery sent twice reaches the receiver
 * once; messages about one client are processed in arrival order while others run in parallel.
 */
abstract class ExactlyOnceScenarios extends HubTestSupport {

    @Autowired
    protected MeterRegistry meters;

    @Autowired
    IntakeInspector inspector;

    @Autowired
    MessageLog log;

    @Autowired
    BerichtViews views;

    @Autowired
    DeliveryLog deliveries;

    @Autowired
    PipelineQueue pipeline;

    @Autowired
    Recovery recovery;

    @Autowired
    IntakeService intake;

    @Autowired
    nl.ketenhub.partner.PartnerDirectory partners;

    @Autowired
    ToewijzingRepository toewijzingen;

    @Autowired
    ToewijzingVersieRepository versies;

    @Autowired
    org.apache.camel.CamelContext camel;

    @Autowired
    BerichtPipeline berichtPipeline;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    @Autowired
    org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ broker;

    @Test
    void aMessageStrandedBeforeItsQueueIsRecoveredAndDeliveredOnce() throws Exception {
        String id = uniqueId();
        byte[] payload =
                fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)).getBytes(StandardCharsets.UTF_8);
        Inspection inspection = inspector.inspect(payload);
        // logged, never queued: what a crash right after the log write leaves behind
        UUID berichtId = log.logInbound(
                        "0384", Channel.HTTP, inspection, payload, List.of(), pipeline.groupKey(inspection))
                .id();

        Thread.sleep(3_500);
        assertThat(recovery.sweep()).isPositive();

        assertThat(awaitOnQueue("ketenhub.42420001.out", id)).contains(id);
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void aJmsMessageRedeliveredAfterACrashIsLoggedAndDeliveredOnce() throws Exception {
        String id = uniqueId();
        byte[] payload =
                fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)).getBytes(StandardCharsets.UTF_8);
        nl.ketenhub.partner.Partner gemeente = partners.require("0384");
        String jmsMessageId = "ID:" + UUID.randomUUID();
        UUID first =
                intake.receiveOnce(gemeente, Channel.JMS, payload, jmsMessageId).id();

        // the broker hands the same message again: the hub stopped before acknowledging it
        UUID again =
                intake.receiveOnce(gemeente, Channel.JMS, payload, jmsMessageId).id();

        assertThat(again).isEqualTo(first);
        assertThat(awaitOnQueue("ketenhub.42420001.out", id)).contains(id);
        awaitStatus(first, Bericht.Status.DELIVERED);
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
        assertThat(versies.findByBerichtId(first)).hasSize(1);
    }

    @Test
    void aMessageQueuedTwiceIsProcessedAndDeliveredOnce() throws Exception {
        String id = uniqueId();
        long nummer = uniqueNummer();
        String xml = fresh301(id, uniqueBsn(), nummer, LocalTime.of(9, 0));
        UUID berichtId = idOf(post(xml, "demo-0384").body());
        Inspection inspection = inspector.inspect(xml.getBytes(StandardCharsets.UTF_8));

        pipeline.enqueue(berichtId, pipeline.groupKey(inspection), xml.getBytes(StandardCharsets.UTF_8));

        assertThat(awaitOnQueue("ketenhub.42420001.out", id)).contains(id);
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
        assertThat(versies.findByBerichtId(berichtId)).hasSize(1);
    }

    @Test
    void aDeliveryHandledTwiceReachesTheReceiverOnce() throws Exception {
        String id = uniqueId();
        UUID berichtId = idOf(post(fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)), "demo-0384")
                .body());
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
        assertThat(awaitOnQueue("ketenhub.42420001.out", id)).contains(id);
        UUID forward = views.view(berichtId).orElseThrow().linked().stream()
                .filter(l -> l.direction() == Bericht.Direction.OUT)
                .map(Linked::id)
                .findFirst()
                .orElseThrow();

        // as if the broker redelivered the delivery after the send had been committed
        jms.send("ketenhub.delivery", session -> {
            TextMessage message = session.createTextMessage(forward.toString());
            message.setStringProperty(PipelineQueue.BERICHT_ID, forward.toString());
            return message;
        });

        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void aForwardToAJmsReceiverGoesOutInThePipelinesOwnTransaction() throws Exception {
        String id = uniqueId();
        // the delivery route is not needed for a receiver on JMS
        camel.getRouteController().suspendRoute("delivery");
        try {
            UUID berichtId = idOf(post(fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)), "demo-0384")
                    .body());

            assertThat(awaitOnQueue("ketenhub.42420001.out", id)).contains(id);
            awaitStatus(berichtId, Bericht.Status.DELIVERED);
            UUID forward = outboundOf(berichtId);
            assertThat(afleveringDetails(forward)).containsExactly(MessageLog.SENT_BY_PIPELINE);
        } finally {
            camel.getRouteController().resumeRoute("delivery");
        }
    }

    @Test
    void aPipelineMessageRedeliveredAfterItsDatabaseHalfCommittedSendsItsForwardOnce() throws Exception {
        // what a crash between the pipeline's database commit and its JMS commit leaves: decided,
        // forward written as delivered by the pipeline, but the send was rolled back
        Decided decided = decidedWithoutSending(true);
        assertNothingOnQueueFor("ketenhub.42420001.out", decided.identificatie());

        decided.redeliver();

        assertThat(awaitOnQueue("ketenhub.42420001.out", decided.identificatie()))
                .contains(decided.identificatie());
        assertNothingOnQueueFor("ketenhub.42420001.out", decided.identificatie());
        assertThat(afleveringDetails(decided.forward())).containsExactly(MessageLog.SENT_BY_PIPELINE);
        assertThat(versies.findByBerichtId(decided.berichtId())).hasSize(1);
    }

    @Test
    void aPipelineMessageRedeliveredAfterTheDeliveryRouteDeliveredItsForwardSendsNothing() throws Exception {
        // delivered by the delivery route, in its own committed transaction
        Decided decided = decidedWithoutSending(false);

        decided.redeliver();

        assertNothingOnQueueFor("ketenhub.42420001.out", decided.identificatie());
        assertThat(views.view(decided.berichtId()).orElseThrow().status()).isEqualTo(Bericht.Status.DELIVERED);
    }

    @Test
    void aPipelineMessageRedeliveredAfterTheSweepQueuedItsPendingForwardLeavesTheForwardToTheSweep() throws Exception {
        // a crash between the pipeline's database commit and its JMS commit left the forward pending
        // in the log; after the restart the recovery sweep queued it for delivery (its duplicate id
        // now taken) before the broker redelivered the pipeline message
        camel.getRouteController().suspendRoute("delivery");
        Decided decided;
        try {
            decided = decidedAndLeftPending();
            Thread.sleep(3_500);
            assertThat(recovery.sweep()).isPositive();

            decided.redeliver();
            Thread.sleep(2_000);
        } finally {
            camel.getRouteController().resumeRoute("delivery");
        }

        assertThat(awaitOnQueue("ketenhub.42420001.out", decided.identificatie()))
                .contains(decided.identificatie());
        // the delivery route's own attempt: a send of a duplicate id in its transaction (the
        // pipeline had sent the forward itself) would fail it again and again until parked
        awaitTrue(() -> deliveryRouteAttempts(decided.forward()) > 0);
        // a rejected commit is seen by the broker only: the delivery would come back again and again
        awaitTrue(() -> onDeliveryQueue(decided.forward()) == 0);
        assertThat(onDeliveryQueue(decided.forward())).isZero();
        assertNothingOnQueueFor("ketenhub.42420001.out", decided.identificatie());
        assertThat(failedAttempts(decided.forward())).isZero();
        assertThat(failedAttempts(decided.berichtId())).isZero();
        assertThat(views.view(decided.forward()).orElseThrow().status()).isEqualTo(Bericht.Status.DELIVERED);
        assertThat(views.view(decided.berichtId()).orElseThrow().status()).isEqualTo(Bericht.Status.DELIVERED);
        assertThat(versies.findByBerichtId(decided.berichtId())).hasSize(1);
    }

    /** A 301 decided by the pipeline bean whose forward, for the delivery route, was never queued. */
    private Decided decidedAndLeftPending() throws Exception {
        Decided decided = decided(false);
        assertThat(views.view(decided.forward()).orElseThrow().status()).isEqualTo(Bericht.Status.RECEIVED);
        return decided;
    }

    private int deliveryRouteAttempts(UUID berichtId) {
        return jdbcTemplate.queryForObject(
                "select count(*) from aflevering where bericht_id = ? and (outcome <> 'OK' or detail is null)",
                Integer.class,
                berichtId);
    }

    /** Copies of this outbound message's delivery on the queue: waiting, scheduled for redelivery or being delivered. */
    private long onDeliveryQueue(UUID outboundId) {
        org.apache.activemq.artemis.core.server.Queue queue =
                broker.getActiveMQServer().locateQueue("ketenhub.delivery");
        java.util.function.Predicate<org.apache.activemq.artemis.core.server.MessageReference> about =
                ref -> outboundId.toString().equals(ref.getMessage().getStringProperty(PipelineQueue.BERICHT_ID));
        long count = queue.getScheduledMessages().stream().filter(about).count()
                + queue.getDeliveringMessages().values().stream()
                        .flatMap(List::stream)
                        .filter(about)
                        .count();
        try (var waiting = queue.browserIterator()) {
            while (waiting.hasNext()) {
                if (about.test(waiting.next())) {
                    count++;
                }
            }
        }
        return count;
    }

    protected int failedAttempts(UUID berichtId) {
        return jdbcTemplate.queryForObject(
                "select count(*) from aflevering where bericht_id = ? and outcome <> 'OK'", Integer.class, berichtId);
    }

    /**
     * A 301 logged and decided by the pipeline bean, its forward marked delivered but never sent:
     * as sent by the pipeline itself, or as delivered by the delivery route.
     */
    private Decided decidedWithoutSending(boolean byPipeline) throws Exception {
        Decided decided = decided(byPipeline);
        if (byPipeline) {
            deliveries.sentByPipeline(decided.logged(), "ketenhub.42420001.out");
        } else {
            deliveries.delivered(decided.forward(), Channel.JMS, "ketenhub.42420001.out");
        }
        assertThat(views.view(decided.berichtId()).orElseThrow().status()).isEqualTo(Bericht.Status.DELIVERED);
        return decided;
    }

    /** A 301 logged and decided by the pipeline bean, which logs its forward as sent by itself or not. */
    private Decided decided(boolean byPipeline) throws Exception {
        String id = uniqueId();
        byte[] payload =
                fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)).getBytes(StandardCharsets.UTF_8);
        Inspection inspection = inspector.inspect(payload);
        UUID berichtId = log.logInbound(
                        "0384", Channel.JMS, inspection, payload, List.of(), pipeline.groupKey(inspection))
                .id();
        List<MessageLog.Logged> outbound = berichtPipeline
                .process(berichtId.toString(), payload, (receiver, client) -> byPipeline)
                .outbound();
        assertThat(outbound).hasSize(1);
        assertThat(outbound.get(0).sentByPipeline()).isEqualTo(byPipeline);
        return new Decided(
                id,
                berichtId,
                outbound.get(0),
                () -> pipeline.enqueue(berichtId, pipeline.groupKey(inspection), payload));
    }

    /** A decided 301; {@code redeliver} puts its pipeline message on the queue again, as the broker would. */
    private record Decided(String identificatie, UUID berichtId, MessageLog.Logged logged, Runnable redelivery) {
        UUID forward() {
            return logged.id();
        }

        void redeliver() {
            redelivery.run();
        }
    }

    private UUID outboundOf(UUID berichtId) {
        return views.view(berichtId).orElseThrow().linked().stream()
                .filter(l -> l.direction() == Bericht.Direction.OUT)
                .map(Linked::id)
                .findFirst()
                .orElseThrow();
    }

    private List<String> afleveringDetails(UUID berichtId) {
        return jdbcTemplate.queryForList(
                "select detail from aflevering where bericht_id = ? and outcome = 'OK'", String.class, berichtId);
    }

    @Test
    void messagesAboutOneClientAreProcessedInArrivalOrderWhileClientsInterleave() throws Exception {
        int clients = 6;
        int perClient = 5;
        List<String> bsns = new ArrayList<>();
        List<Long> nummers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            bsns.add(uniqueBsn());
            nummers.add(uniqueNummer());
        }
        List<String> sent = new ArrayList<>();
        // a backlog for the concurrent consumers: hold processing until every message is queued
        camel.getRouteController().stopRoute("bericht-pipeline");
        // each client's messages back to back: without per-client grouping the concurrent consumers
        // would take several of them at once; the clients themselves run in parallel
        for (int c = 0; c < clients; c++) {
            for (int m = 0; m < perClient; m++) {
                String id = uniqueId();
                sent.add(id);
                // each message a later decision moment of the same toewijzing: a new version
                String xml = fresh301(
                        id, bsns.get(c), nummers.get(c), LocalTime.of(9, 0).plusMinutes(m));
                jms.send("ketenhub.0384.in", session -> session.createTextMessage(xml));
            }
        }
        try {
            // intake logs none of them (the pipeline does, with its decision): all are queued once
            // intake has taken every one from the partner's queue (its take and its send commit together)
            var intake = broker.getActiveMQServer().locateQueue("ketenhub.0384.in");
            var pipeline = broker.getActiveMQServer().locateQueue("ketenhub.pipeline");
            awaitTrue(() -> intake.getMessageCount() == 0 && pipeline.getMessageCount() >= sent.size());
            assertThat(pipeline.getMessageCount()).isGreaterThanOrEqualTo(sent.size());
        } finally {
            camel.getRouteController().startRoute("bericht-pipeline");
        }
        awaitAllOnQueue("ketenhub.42420001.out", sent);

        for (int c = 0; c < clients; c++) {
            var toewijzing = toewijzingen
                    .findByGemeenteAndStandaardAndToewijzingnummer("0384", Standaard.IJW, nummers.get(c))
                    .orElseThrow();
            List<LocalTime> inProcessingOrder =
                    versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(toewijzing).stream()
                            .sorted(Comparator.comparing(ToewijzingVersie::getId))
                            .map(ToewijzingVersie::getToewijzingstijd)
                            .toList();
            assertThat(inProcessingOrder).hasSize(perClient).isSorted();
        }
    }

    /**
     * A message the pipeline failed on is on the pipeline queue, and the broker redelivers it until
     * an attempt succeeds or it is parked. The recovery sweep leaves it alone for as long as that can
     * take after its latest failed attempt (a JMS first delivery has no duplicate-detection id that
     * would drop a copy), and takes it again after that. An attempt of another route does not count.
     */
    @Test
    void aMessageThePipelineFailedOnIsLeftToTheBrokersRedeliveryUntilThatIsOver() throws Exception {
        Queued failed = logged301();
        Queued failedElsewhere = logged301();
        java.time.Instant later = java.time.Instant.now().plusSeconds(3600);
        java.time.Instant longAgo = java.time.Instant.now().minusSeconds(3600);

        deliveries.attemptFailed(failed.berichtId(), PipelineQueue.ROUTE, "failed by the test", false);
        deliveries.attemptFailed(failedElsewhere.berichtId(), "jms-intake", "failed by the test", false);

        assertThat(log.strandedInbound(later, longAgo, 100_000))
                .doesNotContain(failed.berichtId())
                .contains(failedElsewhere.berichtId());
        assertThat(log.strandedInbound(later, later, 100_000)).contains(failed.berichtId());
        // recovered now, not by a later sweep of another test
        pipeline.enqueue(failed.berichtId(), failed.groupKey(), failed.payload());
        pipeline.enqueue(failedElsewhere.berichtId(), failedElsewhere.groupKey(), failedElsewhere.payload());
        awaitAllOnQueue("ketenhub.42420001.out", List.of(failed.identificatie(), failedElsewhere.identificatie()));
    }

    @Test
    void aClientsNextMessageDoesNotOvertakeAnEarlierOneWhenAMessageBetweenThemFails() throws Exception {
        // one client: its 301, a message of the same group that fails every attempt, then its 305:
        // the failure must not take the 301 back, nor let the 305 overtake it
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String toewijzing = uniqueId();
        RegieBerichten.Message start = RegieBerichten.start(bsn, nummer, "2026-04-03", "1", "2026-04-05");
        camel.getRouteController().stopRoute("bericht-pipeline");
        try {
            Queued first = queued("0384", toewijzing, demoJw301(bsn, nummer, "42420001", toewijzing));
            Queued broken = logged301();
            pipeline.enqueue(broken.berichtId(), first.groupKey(), "<not-xml".getBytes(StandardCharsets.UTF_8));
            queued("42420001", start.id(), start.xml());
        } finally {
            camel.getRouteController().startRoute("bericht-pipeline");
        }

        assertThat(awaitOnQueue("ketenhub.42420001.out", toewijzing)).contains(toewijzing);
        assertThat(awaitOnQueue("ketenhub.42420001.out", start.id()))
                .contains("<jw306:Bericht")
                .doesNotContain("RetourCode");
        assertThat(awaitOnQueue("ketenhub.0384.out", start.id())).contains(start.id());
    }

    /** A fresh 301 of a client of its own, logged and queued for the pipeline as intake does. */
    protected Queued queued301() throws Exception {
        String id = uniqueId();
        return queued("0384", id, fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)));
    }

    protected Queued logged301() throws Exception {
        String id = uniqueId();
        return logged("0384", id, fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)));
    }

    /** Logged as received over JMS from this sender, as intake does, but not queued. */
    private Queued logged(String sender, String identificatie, String xml) throws Exception {
        byte[] payload = xml.getBytes(StandardCharsets.UTF_8);
        Inspection inspection = inspector.inspect(payload);
        String groupKey = pipeline.groupKey(inspection);
        UUID berichtId = log.logInbound(sender, Channel.JMS, inspection, payload, List.of(), groupKey)
                .id();
        return new Queued(identificatie, berichtId, groupKey, payload);
    }

    protected Queued queued(String sender, String identificatie, String xml) throws Exception {
        Queued queued = logged(sender, identificatie, xml);
        pipeline.enqueue(queued.berichtId(), queued.groupKey(), queued.payload());
        return queued;
    }

    protected record Queued(String identificatie, UUID berichtId, String groupKey, byte[] payload) {}

    protected void awaitAllOnQueue(String queue, List<String> markers) throws Exception {
        java.util.Set<String> missing = new java.util.HashSet<>(markers);
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!missing.isEmpty() && System.nanoTime() < deadline) {
            if (jms.receive(queue) instanceof TextMessage text) {
                String body = text.getText();
                missing.removeIf(body::contains);
            }
        }
        assertThat(missing).as("forwards never delivered").isEmpty();
    }

    /** The published JW301 for a client and toewijzing of the test's own, one product, no references. */
    protected static String fresh301(String identificatie, String bsn, long nummer, LocalTime tijd) throws Exception {
        String xml = sample("ijw/3.2/berichten/JW301.xml", identificatie)
                .replace("999900006", bsn)
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "")
                .replace(">300201<", ">" + nummer + "<")
                .replace(
                        "<jw301:Toewijzingstijd>12:34:56</jw301:Toewijzingstijd>",
                        "<jw301:Toewijzingstijd>" + tijd + ":00</jw301:Toewijzingstijd>");
        // keep only the first product
        int second = xml.indexOf("<jw301:ToegewezenProduct>", xml.indexOf("<jw301:ToegewezenProduct>") + 1);
        int end = xml.indexOf("</jw301:ToegewezenProduct>", second) + "</jw301:ToegewezenProduct>".length();
        return xml.substring(0, second) + xml.substring(end);
    }
}
