package nl.ketenhub.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.SchemaCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's trajectory mix without a hub: valid messages, the proportions it documents, exact outcomes. */
class TrajectoriesTest {

    private static final Pattern DECLARATIE_PERIODE =
            Pattern.compile("DeclaratiePeriode>\\s*<[^>]*Begindatum>(\\d{4}-\\d{2})-01<");

    private static List<Phase> phases;

    @BeforeAll
    static void build() throws Exception {
        phases = new Trajectories("tst", new AtomicInteger()).build(600, Trajectories.MONTHS);
    }

    @Test
    void everyMessageIsValidAgainstTheHubsSchemas() throws Exception {
        assertValid(phases);
    }

    @Test
    void bothStandardsAndEveryTrajectoryStepAreInTheMixWithAFewPercentFaulty() {
        Map<String, Integer> counts = Phase.counts(phases);
        int messages = phases.stream().mapToInt(p -> p.messages().size()).sum();

        assertThat(messages).isBetween(600, 620);
        assertThat(counts).containsKeys("315", "319", "301", "302", "305", "323", "307");
        assertThat(counts.get("iJw") + counts.get("iWmo")).isEqualTo(messages);
        assertThat(counts.get("iWmo")).isBetween(messages * 2 / 5, messages * 3 / 5);
        assertThat(counts.get("323")).isGreaterThan(2 * counts.get("301"));
        assertThat(counts.get("315")).isLessThan(counts.get("301"));
        assertThat(counts.get("307")).isLessThan(counts.get("305"));
        int faulty = counts.get("301 faulty (CS002)") + counts.get("305 faulty (9019)");
        assertThat(100.0 * faulty / messages).isBetween(1.5, 5.0);
    }

    @Test
    void eachPhaseExpectsOneOutcomePerForwardAndPerRetour() {
        phases.forEach(TrajectoriesTest::assertOneOutcomePerForwardAndPerRetour);
        assertThat(phases.get(phases.size() - 1).name()).isEqualTo("307");
        assertThat(phases.stream().map(Phase::name).filter(n -> n.startsWith("323")))
                .containsExactly(
                        "323 2026-03", "323 2026-04", "323 2026-05", "323 2026-06", "323 2026-07", "323 2026-08");
    }

    @Test
    void staggeredCohortsRunEveryStepOneTickAfterTheOneBeforeIt() throws Exception {
        List<Phase> ticks = staggered(3);

        // 12 steps (315, 319, 301, 302, 305, six 323s, 307), the last cohort two ticks behind the first
        assertThat(ticks).hasSize(14);
        assertThat(ticks.get(0).name()).isEqualTo("t0: 315");
        assertThat(ticks.get(2).name()).isEqualTo("t2: 301 | 319 | 315");
        assertThat(ticks.get(5).name()).isEqualTo("t5: 323 2026-03 | 305 | 302");
        assertThat(ticks.get(6).name()).isEqualTo("t6: 323 2026-04 | 323 2026-04 | 305");
        assertThat(ticks.get(13).name()).isEqualTo("t13: 307");
    }

    @Test
    void everyStaggeredTickDeclaresOneMonthAndTheMonthsGoForward() throws Exception {
        List<YearMonth> months = new ArrayList<>();
        for (Phase tick : staggered(3)) {
            Set<String> declared = tick.messages().stream()
                    .map(Phase.Outbound::xml)
                    .map(DECLARATIE_PERIODE::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .collect(Collectors.toSet());
            assertThat(declared).as(tick.name()).hasSizeLessThanOrEqualTo(1);
            declared.forEach(month -> months.add(YearMonth.parse(month)));
        }
        assertThat(months).isSorted().doesNotHaveDuplicates();
        assertThat(months).first().isEqualTo(Trajectories.FIRST_MONTH);
        assertThat(months).last().isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void staggeredTicksSendValidMessagesAndExpectAnOutcomePerForwardAndPerRetour() throws Exception {
        List<Phase> ticks = staggered(3);
        assertValid(ticks);
        ticks.forEach(TrajectoriesTest::assertOneOutcomePerForwardAndPerRetour);
        int messages = ticks.stream().mapToInt(t -> t.messages().size()).sum();
        assertThat(messages).isBetween(600, 620);
    }

    @Test
    void aWarmUpAanbiedersTicksUseItsQueuesAndCodeAndAreTheSameMixOtherwise() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 25);
        List<Phase> own = new Trajectories("own", new AtomicInteger())
                .buildStaggered(600, Trajectories.MONTHS, 3, today, "42430007");
        List<Phase> measured =
                new Trajectories("own", new AtomicInteger()).buildStaggered(600, Trajectories.MONTHS, 3, today);

        assertValid(own);
        assertThat(own).hasSameSizeAs(measured);
        for (int t = 0; t < own.size(); t++) {
            Phase tick = own.get(t);
            assertThat(tick.messages()).allSatisfy(m -> {
                assertThat(m.queue()).isIn("ketenhub.0384.in", "ketenhub.42430007.in");
                assertThat(m.xml()).doesNotContain("42420001").contains(">42430007<");
            });
            assertThat(tick.expected())
                    .containsOnlyKeys(measured.get(t).expected().keySet().stream()
                            .map(q -> q.replace("42420001", "42430007"))
                            .toArray(String[]::new));
            assertThat(tick.expected().values())
                    .containsExactlyElementsOf(measured.get(t).expected().values());
            assertThat(tick.messages())
                    .extracting(Phase.Outbound::label)
                    .containsExactlyElementsOf(measured.get(t).messages().stream()
                            .map(Phase.Outbound::label)
                            .toList());
        }
    }

    @Test
    void cohortsThatWouldDeclareAMonthWhose323IsDatedInTheFutureAreRefused() {
        Trajectories trajectories = new Trajectories("fut", new AtomicInteger());

        // three cohorts of six months declare up to October 2026, dated 6 November
        assertThatThrownBy(() -> trajectories.buildStaggered(600, Trajectories.MONTHS, 3, LocalDate.of(2026, 11, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-10");
    }

    private static List<Phase> staggered(int cohorts) throws Exception {
        return new Trajectories("stg", new AtomicInteger())
                .buildStaggered(600, Trajectories.MONTHS, cohorts, LocalDate.of(2026, 11, 6));
    }

    @Test
    void anOutcomeIsItsMessageTypeMarkedWhenARetourRejects() {
        String approved = "<jw306:BerichtCode>439</jw306:BerichtCode>";
        String rejected =
                approved + "<jw306:RetourCode>0200</jw306:RetourCode><jw306:RetourCode>9019</jw306:RetourCode>";
        String declared = "<wmo325:BerichtCode>485</wmo325:BerichtCode><wmo325:RetourCode>8001</wmo325:RetourCode>";

        assertThat(Phase.outcome(approved)).isEqualTo("JW306");
        assertThat(Phase.outcome(rejected)).isEqualTo("JW306!");
        assertThat(Phase.rejectionCodes(rejected)).containsExactly("9019");
        assertThat(Phase.outcome(declared)).isEqualTo("WMO325");
    }

    /** What the warm-up relies on to stop before the test BSNs run out (HubBenchmark.warmUp). */
    @Test
    void aBuildOfNMessagesTakesAtMostHalfAsManyClientsAndTheCountOfThoseLeftKnowsIt() throws Exception {
        Trajectories trajectories = new Trajectories("cnt", new AtomicInteger());
        int messages = 400;
        int rounds = 0;
        while (trajectories.clientsLeft() >= messages / 2 + 1) {
            int before = trajectories.clientsLeft();
            trajectories.build(messages, 1);
            assertThat(before - trajectories.clientsLeft()).isBetween(1, messages / 2 + 1);
            rounds++;
        }
        // 10,000 clients at a few messages per one-month trajectory: many rounds before the pool runs low
        assertThat(rounds).isGreaterThan(40);
        assertThat(trajectories.clientsLeft()).isLessThan(messages / 2 + 1);
    }

    private static void assertValid(List<Phase> phases) throws Exception {
        SchemaCatalog schemas = new SchemaCatalog();
        for (Phase phase : phases) {
            for (Phase.Outbound message : phase.messages()) {
                schemas.schema(typeOf(message.xml()))
                        .newValidator()
                        .validate(new StreamSource(
                                new ByteArrayInputStream(message.xml().getBytes(StandardCharsets.UTF_8))));
            }
        }
    }

    /** A heenbericht from the aanbieder gets a retour and is forwarded; everything else has one outcome. */
    private static void assertOneOutcomePerForwardAndPerRetour(Phase phase) {
        long heen = phase.messages().stream()
                .filter(m -> List.of("315", "305", "323", "307").contains(m.label()))
                .count();
        assertThat(phase.outcomes()).as(phase.name()).isEqualTo(phase.messages().size() + (int) heen);
    }

    private static BerichtType typeOf(String xml) {
        return java.util.Arrays.stream(BerichtType.values())
                .filter(t -> xml.contains("\"" + t.namespace() + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message namespace in " + xml));
    }
}
