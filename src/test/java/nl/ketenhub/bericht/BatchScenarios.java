package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.DistributionSummary;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.regie.RegieBerichten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The exactly-once scenarios on the default hubs, whose pipeline and JMS intake commit what is
 * waiting in batches ({@code ketenhub.pipeline.batch-size} and {@code .intake-batch-size}, 16), and
 * what only batches do. {@code ExactlyOnceOnH2IT} and {@code ExactlyOnceOnPostgresIT} run the
 * scenarios with every message committed alone.
 */
abstract class BatchScenarios extends ExactlyOnceScenarios {

    /**
     * The failing message takes the 301 back with its batch and the broker redelivers it only after
     * its redelivery delay. Taking one message at a time from the broker ({@link
     * BatchTakingOneAtATimeOnH2IT}), the client's 305 is taken meanwhile and held back behind it
     * (TakenBack), where it was taken first and rejected (TR019) before. With the messages sent
     * ahead (the default window) the broker gave the 305 back behind the 301 by itself when we
     * looked (twelfth session); either way the 305 must find the 301 applied.
     */
    @Override
    @Test
    void aClientsNextMessageDoesNotOvertakeAnEarlierOneWhenAMessageBetweenThemFails() throws Exception {
        double held = heldBack("ketenhub.pipeline");

        super.aClientsNextMessageDoesNotOvertakeAnEarlierOneWhenAMessageBetweenThemFails();

        if (takesOneAtATime()) {
            assertThat(heldBack("ketenhub.pipeline")).isGreaterThan(held);
        }
    }

    @Value("${ketenhub.pipeline.consumer-window-bytes}")
    private int pipelineWindowBytes;

    /** Whether this hub's pipeline consumers take one message at a time ({@code consumer-window-bytes} 0). */
    private boolean takesOneAtATime() {
        return pipelineWindowBytes == 0;
    }

    @Test
    void aFailingMessageRollsItsBatchBackAndEveryOtherMessageIsAppliedAndDeliveredOnce() throws Exception {
        // a backlog, so the consumers take several messages per commit (ketenhub.pipeline.batch-size)
        double rollbacks = rolledBackBatches();
        camel.getRouteController().stopRoute("bericht-pipeline");
        List<Queued> good = new ArrayList<>();
        UUID failing = null;
        try {
            for (int i = 0; i < 10; i++) {
                good.add(queued301());
                if (i == 4) {
                    // logged, but what reaches the pipeline is not that message: it fails every attempt
                    Queued broken = logged301();
                    pipeline.enqueue(
                            broken.berichtId(),
                            "0384:broken-" + broken.berichtId(),
                            "<not-xml".getBytes(StandardCharsets.UTF_8));
                    failing = broken.berichtId();
                }
            }
        } finally {
            camel.getRouteController().startRoute("bericht-pipeline");
        }
        UUID broken = failing;

        awaitAppliedAndForwarded(good);
        // written once the batch had rolled back, in a transaction of its own
        awaitTrue(() -> failedAttempts(broken) > 0);
        assertThat(views.view(broken).orElseThrow().status()).isEqualTo(Bericht.Status.RECEIVED);
        assertThat(rolledBackBatches()).isGreaterThan(rollbacks);
        assertNothingOnQueueFor("ketenhub.42420001.out", good.get(0).identificatie());
    }

    /** Each 301 applied (one toewijzing version), DELIVERED, and its forward on the aanbieder's queue. */
    protected void awaitAppliedAndForwarded(List<Queued> queued) throws Exception {
        awaitAllOnQueue(
                "ketenhub.42420001.out",
                queued.stream().map(Queued::identificatie).toList());
        for (Queued one : queued) {
            awaitStatus(one.berichtId(), Bericht.Status.DELIVERED);
            assertThat(versies.findByBerichtId(one.berichtId())).hasSize(1);
        }
    }

    @Test
    void aClientsMessagesCommittedInOneBatchEachSeeWhatTheEarlierOnesWrote() throws Exception {
        // the 301 creates the client and the toewijzing, the 305 starts it, the 307 stops that
        // start: one client, so one message group, one consumer and, from a backlog, one commit
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        String toewijzing = uniqueId();
        RegieBerichten.Message start = RegieBerichten.start(bsn, nummer, "2026-04-03", "1", "2026-04-05");
        RegieBerichten.Message stop = RegieBerichten.stop(bsn, nummer, "2026-04-03", "20", "2026-05-01", "2026-05-02");
        Commits commits = commitsOf("ketenhub.pipeline");
        camel.getRouteController().stopRoute("bericht-pipeline");
        List<Queued> queued = new ArrayList<>();
        try {
            queued.add(queued("0384", toewijzing, demoJw301(bsn, nummer, "42420001", toewijzing)));
            queued.add(queued("42420001", start.id(), start.xml()));
            queued.add(queued("42420001", stop.id(), stop.xml()));
        } finally {
            camel.getRouteController().startRoute("bericht-pipeline");
        }

        // in order on the aanbieder's queue: the 301, then the approving 306 and 308 (no RetourCode)
        assertThat(awaitOnQueue("ketenhub.42420001.out", toewijzing)).contains(toewijzing);
        assertThat(awaitOnQueue("ketenhub.42420001.out", start.id()))
                .contains("<jw306:Bericht")
                .doesNotContain("RetourCode");
        assertThat(awaitOnQueue("ketenhub.42420001.out", stop.id()))
                .contains("<jw308:Bericht")
                .doesNotContain("RetourCode");
        // and the start and stop forwarded to the gemeente
        awaitAllOnQueue("ketenhub.0384.out", List.of(start.id(), stop.id()));
        for (Queued message : queued) {
            awaitStatus(message.berichtId(), Bericht.Status.DELIVERED);
        }
        // the three shared at least one commit, or this test did not test a batch
        commits.assertFewerThanMessages(3);
    }

    @Test
    void aPartnersJmsBacklogIsTakenInBatchesAndEachMessageIsLoggedAndAnsweredOnce() throws Exception {
        Commits commits = commitsOf("ketenhub.0384.in");
        List<String> accepted = new ArrayList<>();
        String refused = uniqueId();
        camel.getRouteController().stopRoute("jms-intake-0384");
        try {
            for (int i = 0; i < 8; i++) {
                String id = uniqueId();
                accepted.add(id);
                String xml = fresh301(id, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0));
                jms.send("ketenhub.0384.in", session -> session.createTextMessage(xml));
                if (i == 3) {
                    // refused at intake (XSD): answered with the hub's afwijzing, the others go on
                    String invalid = fresh301(refused, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0))
                            .replace("<jw301:Toewijzingstijd>09:00:00<", "<jw301:Toewijzingstijd>negen uur<");
                    jms.send("ketenhub.0384.in", session -> session.createTextMessage(invalid));
                }
            }
        } finally {
            camel.getRouteController().startRoute("jms-intake-0384");
        }

        awaitAllOnQueue("ketenhub.42420001.out", accepted);
        assertThat(awaitOnQueue("ketenhub.0384.out", refused)).contains("urn:ketenhub:afwijzing:v1");
        for (String id : accepted) {
            assertThat(jdbcTemplate.queryForObject(
                            "select count(*) from bericht where identificatie = ? and direction = 'IN'",
                            Integer.class,
                            id))
                    .as("logged once: %s", id)
                    .isEqualTo(1);
        }
        commits.assertFewerThanMessages(9);
        assertNothingOnQueueFor("ketenhub.42420001.out", accepted.get(0));
    }

    /** ketenhub.batch.held of a queue so far. */
    protected double heldBack(String queue) {
        return meters.counter("ketenhub.batch.held", "queue", queue).count();
    }

    /** ketenhub.batch.rollbacks of the pipeline so far. */
    protected double rolledBackBatches() {
        return meters.counter("ketenhub.batch.rollbacks", "queue", "ketenhub.pipeline")
                .count();
    }

    /** The committed batches of one queue's consumers from now on (ketenhub.batch.messages). */
    protected Commits commitsOf(String queue) {
        return new Commits(meters.summary("ketenhub.batch.messages", "queue", queue));
    }

    protected static final class Commits {
        private final DistributionSummary batches;
        private final long batchesBefore;
        private final double messagesBefore;

        private Commits(DistributionSummary batches) {
            this.batches = batches;
            this.batchesBefore = batches.count();
            this.messagesBefore = batches.totalAmount();
        }

        /** Once at least this many messages are committed: in fewer commits than messages. */
        void assertFewerThanMessages(int messages) throws InterruptedException {
            awaitTrue(() -> batches.totalAmount() - messagesBefore >= messages);
            assertThat(batches.count() - batchesBefore).isLessThan((long) (batches.totalAmount() - messagesBefore));
        }
    }
}
