package nl.ketenhub.regie;

import static nl.ketenhub.regie.RegieBerichten.start;
import static nl.ketenhub.regie.RegieBerichten.stop;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.hub.HubTestSupport;
import nl.ketenhub.regie.RegieBerichten.Message;
import org.junit.jupiter.api.Test;

/**
 * Start and stop through the running hub: aanbieder 42420001 starts and stops a toewijzing that
 * gemeente 0384 assigned (Jeugdwet 55/55A11, within the demo contract). The hub answers in the
 * gemeente's name: an approving 306/308 on ketenhub.42420001.out and the original on
 * ketenhub.0384.out, or a 306/308 with the rule's code and nothing for the gemeente. Every test uses
 * its own BSN, ToewijzingNummer and Identificaties. Subclasses choose the database.
 */
abstract class RegieScenarios extends HubTestSupport {

    private static final String AANBIEDER = "demo-42420001";
    private static final String AANBIEDER_OUT = "ketenhub.42420001.out";
    private static final String GEMEENTE_OUT = "ketenhub.0384.out";

    @Test
    void startTemporaryStopRestartAndDefinitiveStopAreApprovedAndForwarded() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);

        approved(start(bsn, nummer, "2026-04-03", "1", "2026-04-05"), "jw306");
        approved(stop(bsn, nummer, "2026-04-03", "20", "2026-05-01", "2026-05-02"), "jw308");
        approved(start(bsn, nummer, "2026-05-15", "1", "2026-05-16"), "jw306");
        approved(stop(bsn, nummer, "2026-05-15", "31", "2026-06-30", "2026-07-01"), "jw308");
    }

    @Test
    void aStartWithoutToewijzingIsAnsweredWith9019AndNotForwarded() throws Exception {
        rejected(start(uniqueBsn(), uniqueNummer(), "2026-04-03", "1", "2026-04-05"), "jw306", "9019");
    }

    @Test
    void aSecondStartWhileDeliveryRunsIsAnsweredWith9326() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);
        approved(start(bsn, nummer, "2026-04-03", "1", "2026-04-05"), "jw306");

        rejected(start(bsn, nummer, "2026-04-10", "1", "2026-04-12"), "jw306", "9326");
    }

    @Test
    void aDeletionWithoutEarlierStartIsAnsweredWith9063() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);

        rejected(start(bsn, nummer, "2026-04-03", "3", "2026-04-05"), "jw306", "9063");
    }

    @Test
    void aStopWithoutCurrentStartIsAnsweredWith9069() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        deliverJw301(bsn, nummer);
        approved(start(bsn, nummer, "2026-04-03", "1", "2026-04-05"), "jw306");

        rejected(stop(bsn, nummer, "2026-04-04", "31", "2026-05-01", "2026-05-02"), "jw308", "9069");
    }

    @Test
    void a306FromTheGemeenteIsRecordedAndNotForwarded() throws Exception {
        String id = uniqueId();
        UUID berichtId = idOf(
                post(sample("ijw/3.2/berichten/JW306.xml", id), "demo-0363").body());

        awaitStatus(berichtId, Bericht.Status.ACCEPTED);
        Thread.sleep(500);
        assertThat(berichten.findByRelatedIdOrderByReceivedAtAsc(berichtId)).isEmpty();
    }

    /** The message is accepted: approving retour to the aanbieder, the original to the gemeente. */
    private void approved(Message message, String retourPrefix) throws Exception {
        UUID berichtId = idOf(post(message.xml(), AANBIEDER).body());
        String retour = awaitOnQueue(AANBIEDER_OUT, message.id());
        assertThat(retour).contains("<" + retourPrefix + ":Bericht").doesNotContain("RetourCode");
        assertSameMessage(awaitOnQueue(GEMEENTE_OUT, message.id()), message.xml());
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
    }

    /** The message is rejected with the code on its class (IV028) and the gemeente gets nothing. */
    private void rejected(Message message, String retourPrefix, String code) throws Exception {
        UUID berichtId = idOf(post(message.xml(), AANBIEDER).body());
        awaitStatus(berichtId, Bericht.Status.REJECTED);
        String retour = awaitOnQueue(AANBIEDER_OUT, message.id());
        String klasse = retourPrefix.equals("jw306") ? "StartProduct" : "StopProduct";
        assertThat(retour)
                .contains("<" + retourPrefix + ":Bericht")
                .containsPattern(
                        "(?s)<" + retourPrefix + ":" + klasse + ">.*<" + retourPrefix + ":RetourCode>" + code + "</")
                .contains(">0200<");
        assertNothingOnQueueFor(GEMEENTE_OUT, message.id());
    }
}
