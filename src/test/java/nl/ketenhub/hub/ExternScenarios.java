package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.ketenhub.canonical.Bericht;
import org.junit.jupiter.api.Test;

/**
 * Reference data and the hub's stacking rule through the running hub: a 301 of gemeente 1992 (formed
 * 2023-01-01) for a product starting in 2022 gets a 302 with S300 on the header (TR378); a 301 that
 * stacks a product over a toewijzing of the same client the hub already delivered is rejected with
 * the hub's rejection document (HUB-STAPELING). Neither is delivered. Subclasses choose the database.
 */
abstract class ExternScenarios extends HubTestSupport {

    /** The published JW301 for a client of its own, with fresh ToewijzingNummers and no request references. */
    static String jw301(String identificatie, String bsn, long nummer) throws Exception {
        return sample("ijw/3.2/berichten/JW301.xml", identificatie)
                .replace("<jw301:Bsn>999900006</jw301:Bsn>", "<jw301:Bsn>" + bsn + "</jw301:Bsn>")
                .replace(">300201<", ">" + nummer + "<")
                .replace(">300202<", ">" + (nummer + 1) + "<")
                .replaceAll("<jw301:ReferentieAanbieder>[^<]*</jw301:ReferentieAanbieder>", "");
    }

    @Test
    void a301OfANewGemeenteForAPeriodBeforeItExistedIsAnsweredWithS300OnTheHeader() throws Exception {
        String id = uniqueId();
        String xml = jw301(id, uniqueBsn(), uniqueNummer())
                .replace("<jw301:Afzender>0384</jw301:Afzender>", "<jw301:Afzender>1992</jw301:Afzender>")
                .replaceFirst(
                        "<jw301:Ingangsdatum>2026-04-01</jw301:Ingangsdatum>",
                        "<jw301:Ingangsdatum>2022-12-01</jw301:Ingangsdatum>");

        UUID berichtId = idOf(post(xml, "demo-1992").body());

        awaitStatus(berichtId, Bericht.Status.REJECTED);
        String retour = awaitOnQueue("ketenhub.1992.out", id);
        assertThat(retour)
                .contains("<jw302:BerichtCode>437</jw302:BerichtCode>")
                .contains(">S300<")
                .doesNotContain(">0200<")
                .doesNotContain("jw302:Client");
        assertThat(get("/api/berichten/" + berichtId, "demo-1992").body()).contains("\"rule\":\"TR378\"");
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void a301StackingTheSameProductOverADeliveredToewijzingIsRejectedAndNeverDelivered() throws Exception {
        String bsn = uniqueBsn();
        String first = uniqueId();
        UUID delivered =
                idOf(post(jw301(first, bsn, uniqueNummer()), "demo-0384").body());
        awaitStatus(delivered, Bericht.Status.DELIVERED);
        String id = uniqueId();
        String stacked = jw301(id, bsn, uniqueNummer())
                .replace(
                        "<jw301:Einddatum>2026-07-19</jw301:Einddatum>",
                        "<jw301:Einddatum>2026-08-31</jw301:Einddatum>");

        UUID berichtId = idOf(post(stacked, "demo-0384").body());

        awaitStatus(berichtId, Bericht.Status.REJECTED);
        String afwijzing = awaitOnQueue("ketenhub.0384.out", berichtId.toString());
        assertThat(afwijzing).contains("Afwijzing").contains("HUB-STAPELING").doesNotContain(bsn);
        assertThat(get("/api/berichten/" + berichtId, "demo-0384").body())
                .contains("\"rule\":\"HUB-STAPELING\"")
                .doesNotContain(bsn);
        assertNothingOnQueueFor("ketenhub.42420001.out", id);
    }

    @Test
    void aLaterToewijzingOfTheSameProductForTheSameClientIsDelivered() throws Exception {
        String bsn = uniqueBsn();
        UUID delivered =
                idOf(post(jw301(uniqueId(), bsn, uniqueNummer()), "demo-0384").body());
        awaitStatus(delivered, Bericht.Status.DELIVERED);
        String id = uniqueId();
        String later = jw301(id, bsn, uniqueNummer())
                .replace(
                        "<jw301:Ingangsdatum>2026-04-01</jw301:Ingangsdatum>",
                        "<jw301:Ingangsdatum>2026-07-20</jw301:Ingangsdatum>")
                .replace(
                        "<jw301:Einddatum>2026-07-14</jw301:Einddatum>",
                        "<jw301:Einddatum>2026-10-31</jw301:Einddatum>")
                .replace(
                        "<jw301:Einddatum>2026-07-19</jw301:Einddatum>",
                        "<jw301:Einddatum>2026-10-31</jw301:Einddatum>");

        UUID berichtId = idOf(post(later, "demo-0384").body());

        assertSameMessage(awaitOnQueue("ketenhub.42420001.out", id), later);
        awaitStatus(berichtId, Bericht.Status.DELIVERED);
    }
}
