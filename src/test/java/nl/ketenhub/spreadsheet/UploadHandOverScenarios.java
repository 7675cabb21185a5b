package nl.ketenhub.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ketenhub.bericht.BerichtViews;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.IntakeInspector;
import nl.ketenhub.bericht.IntakeProperties;
import nl.ketenhub.bericht.IntakeService;
import nl.ketenhub.hub.HubTestSupport;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import nl.ketenhub.retour.RetourProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Taking an upload is atomic: the hand-over of its messages fails on the second of three, and
 * nothing of the upload is logged or queued, its report says it failed and why; the same file sent
 * again is taken completely. Each message is inspected once on the way (the trial's inspection is
 * what intake logs). The hub's own beans, with the intake, its inspector and its queue spied on in
 * a {@link SpreadsheetIntake} of the test's own (the shared hub context stays untouched).
 */
abstract class UploadHandOverScenarios extends HubTestSupport {

    @Autowired
    private IntakeService intake;

    @Autowired
    private IntakeInspector inspector;

    @Autowired
    private BerichtViews views;

    @Autowired
    private UploadStore store;

    @Autowired
    private RetourProperties versions;

    @Autowired
    private SpreadsheetProperties properties;

    @Autowired
    private IntakeProperties intakeLimits;

    @Autowired
    private Clock clock;

    @Autowired
    private PlatformTransactionManager transactions;

    @Autowired
    private PartnerDirectory partners;

    @Autowired
    private JdbcTemplate jdbc;

    private final AtomicBoolean failSecond = new AtomicBoolean();
    private final AtomicInteger handedOver = new AtomicInteger();
    private IntakeService spiedIntake;
    private IntakeInspector spiedInspector;
    private Object spiedQueue;
    private SpreadsheetIntake sheets;

    @BeforeEach
    void spyOnIntake() {
        spiedInspector = spy(inspector);
        // the bean behind its transaction proxy: the spy copies its fields
        IntakeService target = AopTestUtils.getUltimateTargetObject(intake);
        spiedIntake = spy(target);
        ReflectionTestUtils.setField(spiedIntake, "inspector", spiedInspector);
        spiedQueue = spy(ReflectionTestUtils.getField(target, "queue"));
        ReflectionTestUtils.setField(spiedIntake, "queue", spiedQueue);
        doAnswer(call -> {
                    if (handedOver.incrementAndGet() == 2 && failSecond.get()) {
                        throw new IllegalStateException("injected: the hand-over of the second message fails");
                    }
                    return call.callRealMethod();
                })
                .when(spiedIntake)
                .receiveInspected(any(), any(), any(), any());
        sheets = new SpreadsheetIntake(
                spiedIntake, spiedInspector, views, store, versions, properties, intakeLimits, clock, transactions);
    }

    @Test
    void aHandOverFailingPartWayLeavesNothingAndTheSameFileIsThenTakenWhole() throws Exception {
        String[] rows = new String[3];
        for (int i = 0; i < rows.length; i++) {
            String bsn = uniqueBsn();
            long nummer = uniqueNummer();
            deliverJw301(bsn, nummer);
            rows[i] = Sheets.start("JW", bsn, nummer, "2026-04-03");
        }
        byte[] file = Sheets.csv(Sheets.HEADER_305, rows).getBytes(StandardCharsets.UTF_8);
        Partner aanbieder = partners.require("42420001");
        long before = inboundFromAanbieder();
        failSecond.set(true);

        SpreadsheetIntake.Outcome failed = sheets.receive(aanbieder, Channel.HTTP, "starts.csv", false, file, null);

        assertThat(failed.accepted()).isFalse();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.report()).contains(";;niet verwerkt;").contains("storing in de hub");
        verify(spiedIntake, times(2)).receiveInspected(any(), any(), any(), any());
        assertThat(inboundFromAanbieder()).isEqualTo(before);
        assertThat(store.rows(failed.id())).isEmpty();
        assertThat(enqueued()).isZero();
        SpreadsheetIntake.Report report = sheets.report(failed.id(), "42420001").orElseThrow();
        assertThat(report.complete()).isTrue();
        assertThat(report.csv()).isEqualTo(failed.report());

        failSecond.set(false);
        handedOver.set(0);
        org.mockito.Mockito.clearInvocations(spiedInspector, spiedIntake, spiedQueue);
        SpreadsheetIntake.Outcome again = sheets.receive(aanbieder, Channel.HTTP, "starts.csv", false, file, null);

        assertThat(again.accepted()).as(again.report()).isTrue();
        assertThat(inboundFromAanbieder()).isEqualTo(before + 3);
        assertThat(enqueued()).isEqualTo(3);
        verify(spiedInspector, times(3)).inspect(any());
        verify(spiedIntake, never()).receive(any(), any(), any());
        awaitTrue(() -> sheets.report(again.id(), "42420001").orElseThrow().complete());
        String decided = sheets.report(again.id(), "42420001").orElseThrow().csv();
        assertThat(decided.lines().skip(1)).hasSize(3).allMatch(line -> line.contains(";geaccepteerd;"), decided);
    }

    /** How often the spied pipeline queue was asked to queue a message. */
    private long enqueued() {
        return mockingDetails(spiedQueue).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("enqueue"))
                .count();
    }

    private long inboundFromAanbieder() {
        return jdbc.queryForObject(
                "select count(*) from bericht where direction = 'IN' and partner = '42420001'", Long.class);
    }
}
