package nl.ketenhub.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.ketenhub.routing.TakenBack.Taken;
import org.junit.jupiter.api.Test;

class TakenBackTest {

    private static final long NOW = 1_000_000;
    private final BrokerProperties broker = new BrokerProperties(200_000, 5, 500, 2.0, 60_000, 0, true, 10, 5_000);
    private final TakenBack takenBack = new TakenBack(broker, 60_000);

    private static Taken first(String id, String group) {
        return new Taken(id, group, 1, false);
    }

    private static Taken again(String id, String group, int deliveries) {
        return new Taken(id, group, deliveries, true);
    }

    @Test
    void withNothingTakenBackEveryMessageIsAdmitted() {
        assertThat(takenBack.isEmpty()).isTrue();
        assertThat(takenBack.admit(first("m1", "g1"), NOW)).isTrue();
        assertThat(takenBack.isEmpty()).isTrue();
    }

    @Test
    void aLaterMessageOfTheSameGroupWaitsUntilTheTakenBackOneIsProcessed() {
        takenBack.tookBack(List.of(first("301", "client-a")), NOW);

        assertThat(takenBack.admit(first("305", "client-a"), NOW + 10)).isFalse();
        // the 301 comes back first and goes ahead; the held-back 305 then follows it
        assertThat(takenBack.admit(again("301", "client-a", 2), NOW + 500)).isTrue();
        assertThat(takenBack.admit(again("305", "client-a", 2), NOW + 510)).isTrue();
        assertThat(takenBack.isEmpty()).isTrue();
    }

    @Test
    void otherGroupsGoOnWhileAGroupWaits() {
        takenBack.tookBack(List.of(first("301", "client-a")), NOW);

        assertThat(takenBack.admit(first("other", "client-b"), NOW + 10)).isTrue();
        assertThat(takenBack.isEmpty()).isFalse();
    }

    @Test
    void aFailedMessagesNextAttemptIsNeverHeldBack() {
        // a failure does not stop its client's later messages; its own retry does not wait for them either
        takenBack.tookBack(List.of(first("301", "client-a")), NOW);

        assertThat(takenBack.admit(again("failed", "client-a", 2), NOW + 500)).isTrue();
    }

    @Test
    void takenBackMessagesOfOneGroupAreAdmittedOnlyInTheirOriginalOrder() {
        takenBack.tookBack(List.of(first("301", "client-a"), first("302", "client-a")), NOW);

        // redelivered the other way round: the second waits for the first
        assertThat(takenBack.admit(again("302", "client-a", 2), NOW + 500)).isFalse();
        assertThat(takenBack.admit(again("301", "client-a", 2), NOW + 501)).isTrue();
        assertThat(takenBack.admit(again("302", "client-a", 3), NOW + 1500)).isTrue();
        assertThat(takenBack.isEmpty()).isTrue();
    }

    @Test
    void onAQueueWithoutGroupsEveryLaterMessageWaits() {
        takenBack.tookBack(List.of(first("a", null)), NOW);

        assertThat(takenBack.admit(first("b", null), NOW + 10)).isFalse();
        assertThat(takenBack.admit(first("c", null), NOW + 20)).isFalse();
        assertThat(takenBack.admit(again("a", null, 2), NOW + 500)).isTrue();
        assertThat(takenBack.admit(again("b", null, 2), NOW + 510)).isTrue();
        assertThat(takenBack.admit(again("c", null, 2), NOW + 520)).isTrue();
    }

    @Test
    void theConsumerOfAQueueWithoutGroupsPausesUntilTheFirstTakenBackMessageIsDue() {
        takenBack.tookBack(List.of(first("a", null)), NOW);

        // due at +500, and the broker's scheduler is given a margin to put it back first
        assertThat(takenBack.untilUngroupedDue(NOW + 100)).isEqualTo(400 + TakenBack.SCHEDULER_MARGIN_MILLIS);
        assertThat(takenBack.untilUngroupedDue(NOW + 700)).isZero();
    }

    @Test
    void groupedMessagesNeverPauseTheConsumer() {
        takenBack.tookBack(List.of(first("301", "client-a")), NOW);

        assertThat(takenBack.untilUngroupedDue(NOW)).isZero();
    }

    @Test
    void theDelayFollowsTheBrokersBackoffUpToItsMaximum() {
        assertThat(takenBack.redeliveryDelay(1)).isEqualTo(500);
        assertThat(takenBack.redeliveryDelay(2)).isEqualTo(1_000);
        assertThat(takenBack.redeliveryDelay(3)).isEqualTo(2_000);
        assertThat(takenBack.redeliveryDelay(20)).isEqualTo(60_000);
    }

    @Test
    void aMessageNotBackWithinItsGraceIsNoLongerWaitedFor() {
        TakenBack shortGrace = new TakenBack(broker, 1_000);
        shortGrace.tookBack(List.of(first("301", "client-a")), NOW);

        assertThat(shortGrace.admit(first("305", "client-a"), NOW + 1_000)).isFalse();
        // neither the 301 (due at +500) nor the held 305 (due at +1,500) came back within a second after
        assertThat(shortGrace.admit(first("307", "client-a"), NOW + 2_600)).isTrue();
        assertThat(shortGrace.isEmpty()).isTrue();
    }

    @Test
    void aMessageWithoutAMessageIdCannotBeRecognisedAndIsNeitherRecordedNorHeldBack() {
        takenBack.tookBack(List.of(first(null, null)), NOW);
        assertThat(takenBack.isEmpty()).isTrue();

        takenBack.tookBack(List.of(first("a", null)), NOW);
        assertThat(takenBack.admit(first(null, null), NOW + 10)).isTrue();
        assertThat(takenBack.admit(first("b", null), NOW + 20)).isFalse();
    }

    @Test
    void aMessageProcessedAfterAllIsForgotten() {
        takenBack.tookBack(List.of(first("301", "client-a")), NOW);
        takenBack.forget("301");

        assertThat(takenBack.admit(first("305", "client-a"), NOW + 10)).isTrue();
    }
}
