package nl.ketenhub.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.hub.HubOnPostgres;
import org.junit.jupiter.api.Test;

@HubOnPostgres
class BatchOnPostgresIT extends BatchScenarios {

    /**
     * Rows one PostgreSQL transaction wrote share their {@code xmin}: a backlog of messages about
     * different clients is committed in fewer transactions than messages (a consumer takes what is
     * waiting, up to ketenhub.pipeline.batch-size), and each is still applied once.
     */
    @Test
    void aBacklogIsCommittedInBatches() throws Exception {
        int messages = 12;
        Commits commits = commitsOf("ketenhub.pipeline");
        camel.getRouteController().stopRoute("bericht-pipeline");
        List<Queued> queued = new ArrayList<>();
        try {
            for (int i = 0; i < messages; i++) {
                queued.add(queued301());
            }
        } finally {
            camel.getRouteController().startRoute("bericht-pipeline");
        }

        awaitAllOnQueue(
                "ketenhub.42420001.out",
                queued.stream().map(Queued::identificatie).toList());
        Object[] ids = queued.stream().map(Queued::berichtId).toArray();
        String in = String.join(",", java.util.Collections.nCopies(messages, "?"));
        Integer versions = jdbcTemplate.queryForObject(
                "select count(*) from toewijzing_versie where bericht_id in (" + in + ")", Integer.class, ids);
        Integer transactions = jdbcTemplate.queryForObject(
                "select count(distinct xmin::text) from toewijzing_versie where bericht_id in (" + in + ")",
                Integer.class,
                ids);
        assertThat(versions).isEqualTo(messages);
        assertThat(transactions).isLessThan(messages);
        // the operators' figure says the same: fewer commits than messages
        commits.assertFewerThanMessages(messages);
    }

    /**
     * Gemeente 0384's intake queue has no groups: its order is the queue's. A 301 and a message
     * intake refuses (another gemeente's Afzender), whose log row the database refuses (a trigger of
     * this test: every attempt fails), in one batch; the failure takes the first 301 back with the
     * batch, and another 301 arrives meanwhile. The consumer waits until the first is back, so the
     * second does not overtake it. (Intake writes a refused message's row at once; an accepted first
     * delivery it leaves to the pipeline, so a 301 could not fail intake this way.)
     */
    @Test
    void aPartnersNextMessageDoesNotOvertakeAnEarlierOneWhenAnIntakeMessageBetweenThemFails() throws Exception {
        String first = uniqueId();
        String failing = uniqueId();
        String second = uniqueId();
        String trigger = refuseBerichtRows("refuse_" + failing, "new.identificatie = '" + failing + "'");
        try {
            double rollbacks = rollbacksOf("ketenhub.0384.in");
            camel.getRouteController().stopRoute("jms-intake-0384");
            try {
                send301(first);
                String refused = fresh301(failing, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0))
                        .replace("Afzender>0384<", "Afzender>0599<");
                assertThat(refused).contains("Afzender>0599<");
                jms.send("ketenhub.0384.in", session -> session.createTextMessage(refused));
            } finally {
                camel.getRouteController().startRoute("jms-intake-0384");
            }
            // the second arrives once the failure has taken the first back: without waiting for it
            // the consumer would take the second while the broker holds the first for its delay
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (rollbacksOf("ketenhub.0384.in") == rollbacks && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(rollbacksOf("ketenhub.0384.in")).isGreaterThan(rollbacks);
            send301(second);

            awaitAllOnQueue("ketenhub.42420001.out", List.of(first, second));
            assertThat(jdbcTemplate.queryForList(
                            "select identificatie from bericht where direction = 'IN' and identificatie in (?, ?)"
                                    + " order by received_at",
                            String.class,
                            first,
                            second))
                    .containsExactly(first, second);
        } finally {
            dropTrigger(trigger);
        }
    }

    /**
     * An accepted first delivery from a partner's JMS queue is logged only with its decision
     * ({@code MessageLog.Unlogged}). One whose decision cannot be written as a new row (a trigger of
     * this test refuses its inbound row with a decided status) fails its first attempt, which logs
     * it RECEIVED with the attempt and its reason; the redelivery finds that entry and decides it in
     * place (an update the trigger lets through), and the forward arrives once.
     */
    @Test
    void aMessageLeftToThePipelineIsLoggedByItsFailedAttemptAndDecidedInPlaceWhenRedelivered() throws Exception {
        String failing = uniqueId();
        String trigger = refuseBerichtRows(
                "refuse_decided_" + failing,
                "new.direction = 'IN' and new.identificatie = '" + failing + "' and new.status <> 'RECEIVED'");
        try {
            send301(failing);
            awaitAllOnQueue("ketenhub.42420001.out", List.of(failing));
            awaitTrue(() -> inboundStatuses(failing).equals(List.of("DELIVERED")));

            assertThat(inboundStatuses(failing)).containsExactly("DELIVERED");
            assertThat(jdbcTemplate.queryForList(
                            "select a.detail from aflevering a join bericht b on b.id = a.bericht_id"
                                    + " where b.identificatie = ? and a.outcome = 'FAILED'",
                            String.class,
                            failing))
                    .singleElement()
                    .satisfies(detail -> assertThat(detail).contains("refused by the test"));
            assertNothingOnQueueFor("ketenhub.42420001.out", failing);
        } finally {
            dropTrigger(trigger);
        }
    }

    /**
     * A JMS first delivery reaches the pipeline without an entry and without a duplicate-detection
     * id. Its failed attempt logs it RECEIVED together with the attempt, so the recovery sweep leaves
     * it to the broker's redelivery instead of queueing a copy that no duplicate id would drop. Once
     * the cause is gone it is decided in place and delivered once.
     */
    @Test
    void aFirstDeliveryThePipelineFailsOnIsLoggedWithItsAttemptAndLeftToTheBroker() throws Exception {
        String failing = uniqueId();
        String trigger = refuseBerichtRows(
                "refuse_decision_" + failing,
                "insert or update",
                "new.direction = 'IN' and new.identificatie = '" + failing + "' and new.status <> 'RECEIVED'");
        try {
            send301(failing);
            awaitTrue(() -> pipelineAttempts(failing) > 0);

            java.util.UUID id = jdbcTemplate.queryForObject(
                    "select id from bericht where direction = 'IN' and identificatie = ?",
                    java.util.UUID.class,
                    failing);
            java.time.Instant now = java.time.Instant.now();
            assertThat(log.strandedInbound(now.plusSeconds(3600), now.minusSeconds(3600), 100_000))
                    .doesNotContain(id);
        } finally {
            dropTrigger(trigger);
        }
        awaitAllOnQueue("ketenhub.42420001.out", List.of(failing));
        awaitTrue(() -> inboundStatuses(failing).equals(List.of("DELIVERED")));
        assertNothingOnQueueFor("ketenhub.42420001.out", failing);
    }

    private int pipelineAttempts(String identificatie) {
        return jdbcTemplate.queryForObject(
                "select count(*) from aflevering a join bericht b on b.id = a.bericht_id"
                        + " where b.direction = 'IN' and b.identificatie = ? and a.target = ? and a.outcome = 'FAILED'",
                Integer.class,
                identificatie,
                PipelineQueue.ROUTE);
    }

    private List<String> inboundStatuses(String identificatie) {
        return jdbcTemplate.queryForList(
                "select status from bericht where direction = 'IN' and identificatie = ?", String.class, identificatie);
    }

    /**
     * The forwards of a batch are written with its commit ({@code DeferredRows}). One the database
     * refuses (a trigger of this test on the outbound row) fails that commit: the batch rolls back,
     * and the broker redelivers it. Redelivered, the message writes its rows inside the route, so
     * its failure is logged as a failed attempt (and would park it after the last one) instead of
     * failing every commit unseen. The other messages of the batch are applied and delivered once,
     * and once the cause is gone the failing one is delivered once too.
     */
    @Test
    void aForwardTheDatabaseRefusesFailsItsOwnAttemptsAndTheRestOfItsBatchIsDeliveredOnce() throws Exception {
        double rollbacks = rolledBackBatches();
        String failingId = uniqueId();
        String trigger = refuseBerichtRows(
                "refuse_out_" + failingId, "new.direction = 'OUT' and new.identificatie = '" + failingId + "'");
        List<Queued> good = new ArrayList<>();
        Queued failing;
        try {
            camel.getRouteController().stopRoute("bericht-pipeline");
            try {
                good.add(queued301());
                good.add(queued301());
                failing =
                        queued("0384", failingId, fresh301(failingId, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0)));
                good.add(queued301());
                good.add(queued301());
            } finally {
                camel.getRouteController().startRoute("bericht-pipeline");
            }

            awaitAppliedAndForwarded(good);
            // without the redelivered message's own write the failure stays in the commit, unlogged
            awaitTrue(() -> failedAttempts(failing.berichtId()) > 0);
            assertThat(jdbcTemplate.queryForList(
                            "select detail from aflevering where bericht_id = ? and outcome <> 'OK'",
                            String.class,
                            failing.berichtId()))
                    .anySatisfy(reason -> assertThat(reason).contains("refused by the test"));
            assertThat(views.view(failing.berichtId()).orElseThrow().status()).isEqualTo(Bericht.Status.RECEIVED);
            assertThat(versies.findByBerichtId(failing.berichtId())).isEmpty();
            assertThat(rolledBackBatches()).isGreaterThan(rollbacks);
        } finally {
            dropTrigger(trigger);
        }

        // the cause gone, the broker's next attempt applies and delivers it once
        awaitAllOnQueue("ketenhub.42420001.out", List.of(failing.identificatie()));
        awaitStatus(failing.berichtId(), Bericht.Status.DELIVERED);
        assertThat(versies.findByBerichtId(failing.berichtId())).hasSize(1);
        // and no second copy of any of them
        List<String> all =
                new ArrayList<>(good.stream().map(Queued::identificatie).toList());
        all.add(failing.identificatie());
        assertNothingOnQueueFor("ketenhub.42420001.out", all.toArray(String[]::new));
    }

    /** A trigger of this test: every insert of a bericht row that meets the condition fails. Its name. */
    private String refuseBerichtRows(String name, String condition) {
        return refuseBerichtRows(name, "insert", condition);
    }

    /** As above, on the given events ({@code insert}, {@code insert or update}). */
    private String refuseBerichtRows(String name, String events, String condition) {
        String trigger = name.toLowerCase(Locale.ROOT);
        jdbcTemplate.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
                + " if " + condition + " then raise exception 'refused by the test'; end if;"
                + " return new; end $$");
        jdbcTemplate.execute("create trigger " + trigger + " before " + events
                + " on bericht for each row execute function " + trigger + "()");
        return trigger;
    }

    private void dropTrigger(String trigger) {
        jdbcTemplate.execute("drop trigger " + trigger + " on bericht");
        jdbcTemplate.execute("drop function " + trigger + "()");
    }

    private void send301(String identificatie) throws Exception {
        String xml = fresh301(identificatie, uniqueBsn(), uniqueNummer(), LocalTime.of(9, 0));
        jms.send("ketenhub.0384.in", session -> session.createTextMessage(xml));
    }

    private double rollbacksOf(String queue) {
        return meters.counter("ketenhub.batch.rollbacks", "queue", queue).count();
    }
}
