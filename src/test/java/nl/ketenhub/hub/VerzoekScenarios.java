package nl.ketenhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Requests and answers through the running hub: 315/317 from aanbieder 42420001 to gemeente 0384,
 * the hub's 316/318 in the gemeente's name, 319 from the gemeente, and the 301 that honours a request.
 * Every test uses its own BSN, references and numbers (the hub and database are shared).
 */
public abstract class VerzoekScenarios extends HubTestSupport {

    private static final String AANBIEDER_OUT = "ketenhub.42420001.out";
    private static final String GEMEENTE_OUT = "ketenhub.0384.out";

    @Autowired
    VerzoekRepository verzoeken;

    @Test
    void aVotInOnderzoekIsHonouredByA301() throws Exception {
        String bsn = uniqueBsn();
        String referentie = "VOT-" + uniqueId();
        String id = uniqueId();
        String vot = jw315(id, bsn, referentie);

        UUID votId = idOf(post(vot, "demo-42420001").body());

        String retour = awaitOnQueue(AANBIEDER_OUT, id);
        assertThat(retour)
                .contains("<jw316:BerichtCode>447</jw316:BerichtCode>")
                .doesNotContain("RetourCode");
        assertSameMessage(awaitOnQueue(GEMEENTE_OUT, id), vot);
        awaitStatus(votId, Bericht.Status.DELIVERED);
        assertThat(state(referentie)).isEqualTo(Verzoek.State.PENDING);

        String antwoordId = uniqueId();
        String antwoord = jw319(antwoordId, referentie, "2", null);
        post(antwoord, "demo-0384");
        assertSameMessage(awaitOnQueue(AANBIEDER_OUT, antwoordId), antwoord);
        awaitTrue(() -> state(referentie) == Verzoek.State.IN_ONDERZOEK);
        assertThat(state(referentie)).isEqualTo(Verzoek.State.IN_ONDERZOEK);

        String toewijzingId = uniqueId();
        post(jw301(toewijzingId, bsn, uniqueNummer(), referentie, "10:00:00", "2027-06-30"), "demo-0384");
        awaitOnQueue(AANBIEDER_OUT, toewijzingId);
        awaitTrue(() -> state(referentie) == Verzoek.State.TOEGEWEZEN);
        assertThat(state(referentie)).isEqualTo(Verzoek.State.TOEGEWEZEN);
    }

    @Test
    void aVowIsApprovedWithA318AndHonouredByA301() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        toewijzing(bsn, nummer);
        String referentie = "VOW-" + uniqueId();
        String id = uniqueId();

        post(jw317(id, bsn, referentie, nummer), "demo-42420001");

        String retour = awaitOnQueue(AANBIEDER_OUT, id);
        assertThat(retour)
                .contains("<jw318:BerichtCode>487</jw318:BerichtCode>")
                .doesNotContain("RetourCode");
        assertThat(awaitOnQueue(GEMEENTE_OUT, id)).contains("<jw317:ReferentieAanbieder>" + referentie);
        awaitTrue(() -> state(referentie) == Verzoek.State.PENDING);

        String toewijzingId = uniqueId();
        post(jw301(toewijzingId, bsn, nummer, referentie, "11:00:00", "2027-12-31"), "demo-0384");
        awaitOnQueue(AANBIEDER_OUT, toewijzingId);
        awaitTrue(() -> state(referentie) == Verzoek.State.TOEGEWEZEN);
        assertThat(state(referentie)).isEqualTo(Verzoek.State.TOEGEWEZEN);
    }

    @Test
    void aVowRejectedByA319IsAfgewezen() throws Exception {
        String bsn = uniqueBsn();
        long nummer = uniqueNummer();
        toewijzing(bsn, nummer);
        String referentie = "VOW-" + uniqueId();
        String id = uniqueId();
        post(jw317(id, bsn, referentie, nummer), "demo-42420001");
        awaitOnQueue(GEMEENTE_OUT, id);

        String antwoordId = uniqueId();
        UUID antwoord =
                idOf(post(jw319(antwoordId, referentie, "1", "7"), "demo-0384").body());

        awaitOnQueue(AANBIEDER_OUT, antwoordId);
        awaitStatus(antwoord, Bericht.Status.DELIVERED);
        assertThat(state(referentie)).isEqualTo(Verzoek.State.AFGEWEZEN);
    }

    @Test
    void aSecondVotWhileOneIsPendingGets9374AndIsNotForwarded() throws Exception {
        String bsn = uniqueBsn();
        String first = uniqueId();
        post(jw315(first, bsn, "VOT-" + uniqueId()), "demo-42420001");
        awaitOnQueue(GEMEENTE_OUT, first);
        String id = uniqueId();

        UUID second =
                idOf(post(jw315(id, bsn, "VOT-" + uniqueId()), "demo-42420001").body());

        awaitStatus(second, Bericht.Status.REJECTED);
        assertThat(awaitOnQueue(AANBIEDER_OUT, id))
                .contains("<jw316:BerichtCode>447</jw316:BerichtCode>")
                .contains(">9374<")
                .contains(">0200<");
        assertNothingOnQueueFor(GEMEENTE_OUT, id);
    }

    @Test
    void a319WithAnUnknownReferenceGets9355AndIsNotDelivered() throws Exception {
        String id = uniqueId();

        UUID antwoord = idOf(post(jw319(id, "ONBEKEND-" + uniqueId(), "2", null), "demo-0384")
                .body());

        awaitStatus(antwoord, Bericht.Status.REJECTED);
        assertThat(awaitOnQueue(GEMEENTE_OUT, id))
                .contains("<jw320:BerichtCode>489</jw320:BerichtCode>")
                .contains(">9355<");
        assertNothingOnQueueFor(AANBIEDER_OUT, id);
    }

    private Verzoek.State state(String referentie) {
        return verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder("42420001", Standaard.IJW, referentie)
                .map(Verzoek::getState)
                .orElse(null);
    }

    /** A first toewijzing of the client at 42420001, delivered. */
    private void toewijzing(String bsn, long nummer) throws Exception {
        String id = uniqueId();
        UUID toewijzing = idOf(post(jw301(id, bsn, nummer, null, "09:00:00", "2027-06-30"), "demo-0384")
                .body());
        awaitOnQueue(AANBIEDER_OUT, id);
        awaitStatus(toewijzing, Bericht.Status.DELIVERED);
    }

    public static String today() {
        return LocalDate.now().toString();
    }

    private static String header(String prefix, String code, String afzender, String ontvanger, String id) {
        return """
                <%1$s:Header>
                  <%1$s:BerichtCode>%2$s</%1$s:BerichtCode>
                  <%1$s:BerichtVersie>3</%1$s:BerichtVersie>
                  <%1$s:BerichtSubversie>2</%1$s:BerichtSubversie>
                  <%1$s:Afzender>%3$s</%1$s:Afzender>
                  <%1$s:Ontvanger>%4$s</%1$s:Ontvanger>
                  <%1$s:BerichtIdentificatie>
                    <ijw:Identificatie>%5$s</ijw:Identificatie>
                    <ijw:Dagtekening>%6$s</ijw:Dagtekening>
                  </%1$s:BerichtIdentificatie>
                  <%1$s:XsdVersie>
                    <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
                    <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
                  </%1$s:XsdVersie>
                </%1$s:Header>
                """
                .formatted(prefix, code, afzender, ontvanger, id, today());
    }

    private static String root(String prefix, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <%1$s:Bericht xmlns:%1$s="http://www.istandaarden.nl/ijw/3_2/%1$s/schema" \
                xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema">
                %2$s</%1$s:Bericht>
                """
                .formatted(prefix, body);
    }

    static String jw315(String id, String bsn, String referentie) {
        return jw315(id, bsn, referentie, "2026-12-01", "2027-06-30");
    }

    /** One AangevraagdProduct 55A11 (2 hours a week) for the given period. */
    public static String jw315(String id, String bsn, String referentie, String ingangsdatum, String einddatum) {
        return root(
                "jw315",
                header("jw315", "446", "42420001", "0384", id)
                        + """
                <jw315:Client>
                  <jw315:Bsn>%s</jw315:Bsn>
                  <jw315:Geboortedatum><ijw:Datum>2014-02-20</ijw:Datum></jw315:Geboortedatum>
                  <jw315:Geslacht>1</jw315:Geslacht>
                  <jw315:Naam>
                    <ijw:Geslachtsnaam><ijw:Achternaam>Proefkind</ijw:Achternaam></ijw:Geslachtsnaam>
                    <ijw:Voorletters>T</ijw:Voorletters>
                  </jw315:Naam>
                  <jw315:AangevraagdeProducten>
                    <jw315:AangevraagdProduct>
                      <jw315:ReferentieAanbieder>%s</jw315:ReferentieAanbieder>
                      <jw315:Product><ijw:Categorie>55</ijw:Categorie><ijw:Code>55A11</ijw:Code></jw315:Product>
                      <jw315:ToewijzingIngangsdatum>%s</jw315:ToewijzingIngangsdatum>
                      <jw315:ToewijzingEinddatum>%s</jw315:ToewijzingEinddatum>
                      <jw315:Omvang>
                        <ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>
                      </jw315:Omvang>
                      <jw315:Verwijzer><ijw:Type>02</ijw:Type><ijw:ZorgverlenerCode>01999991</ijw:ZorgverlenerCode></jw315:Verwijzer>
                    </jw315:AangevraagdProduct>
                  </jw315:AangevraagdeProducten>
                </jw315:Client>
                """
                                .formatted(bsn, referentie, ingangsdatum, einddatum));
    }

    /** Asks to extend toewijzing {@code nummer} (55A11 from 2026-12-01) to 2027-12-31. */
    static String jw317(String id, String bsn, String referentie, long nummer) {
        return root(
                "jw317",
                header("jw317", "486", "42420001", "0384", id)
                        + """
                <jw317:Client>
                  <jw317:Bsn>%s</jw317:Bsn>
                  <jw317:Verzoek>
                    <jw317:ReferentieAanbieder>%s</jw317:ReferentieAanbieder>
                    <jw317:RedenVerzoek>2</jw317:RedenVerzoek>
                    <jw317:TeWijzigenProducten>
                      <jw317:TeWijzigenProduct>
                        <jw317:ToewijzingNummer>%d</jw317:ToewijzingNummer>
                        <jw317:GewensteIngangsdatum>2026-12-01</jw317:GewensteIngangsdatum>
                        <jw317:Einddatum>2027-12-31</jw317:Einddatum>
                        <jw317:Omvang>
                          <ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>
                        </jw317:Omvang>
                      </jw317:TeWijzigenProduct>
                    </jw317:TeWijzigenProducten>
                  </jw317:Verzoek>
                </jw317:Client>
                """
                                .formatted(bsn, referentie, nummer));
    }

    public static String jw319(String id, String referentie, String verzoekAntwoord, String reden) {
        return root(
                "jw319",
                header("jw319", "488", "0384", "42420001", id)
                        + """
                <jw319:Antwoord>
                  <jw319:ReferentieAanbieder>%s</jw319:ReferentieAanbieder>
                  <jw319:VerzoekAntwoord>%s</jw319:VerzoekAntwoord>
                %s</jw319:Antwoord>
                """
                                .formatted(
                                        referentie,
                                        verzoekAntwoord,
                                        reden == null
                                                ? ""
                                                : "  <jw319:RedenAfwijzingVerzoek>" + reden
                                                        + "</jw319:RedenAfwijzingVerzoek>\n"));
    }

    /** One ToegewezenProduct 55A11 from 2026-12-01, decided today at the given time. */
    static String jw301(String id, String bsn, long nummer, String referentie, String tijd, String einddatum) {
        return jw301(id, bsn, nummer, referentie, tijd, "2026-12-01", einddatum);
    }

    /** One ToegewezenProduct 55A11 (2 hours a week) for the given period, decided today at the given time. */
    public static String jw301(
            String id, String bsn, long nummer, String referentie, String tijd, String ingangsdatum, String einddatum) {
        return root(
                "jw301",
                header("jw301", "436", "0384", "42420001", id)
                        + """
                <jw301:Client>
                  <jw301:Bsn>%s</jw301:Bsn>
                  <jw301:Geboortedatum><ijw:Datum>2014-02-20</ijw:Datum></jw301:Geboortedatum>
                  <jw301:Geslacht>1</jw301:Geslacht>
                  <jw301:Naam>
                    <ijw:Geslachtsnaam><ijw:Achternaam>Proefkind</ijw:Achternaam></ijw:Geslachtsnaam>
                    <ijw:Voorletters>T</ijw:Voorletters>
                    <ijw:NaamGebruik>1</ijw:NaamGebruik>
                  </jw301:Naam>
                  <jw301:Contactgegevens>
                    <jw301:Contact>
                      <jw301:Soort>01</jw301:Soort>
                      <jw301:Adres>
                        <ijw:Huis><ijw:Huisnummer>9</ijw:Huisnummer></ijw:Huis>
                        <ijw:Postcode>9999XX</ijw:Postcode>
                        <ijw:LandCode>NL</ijw:LandCode>
                      </jw301:Adres>
                    </jw301:Contact>
                  </jw301:Contactgegevens>
                  <jw301:ToegewezenProducten>
                    <jw301:ToegewezenProduct>
                      <jw301:ToewijzingNummer>%d</jw301:ToewijzingNummer>
                %s      <jw301:Product><ijw:Categorie>55</ijw:Categorie><ijw:Code>55A11</ijw:Code></jw301:Product>
                      <jw301:Toewijzingsdatum>%s</jw301:Toewijzingsdatum>
                      <jw301:Toewijzingstijd>%s</jw301:Toewijzingstijd>
                      <jw301:Ingangsdatum>%s</jw301:Ingangsdatum>
                      <jw301:Einddatum>%s</jw301:Einddatum>
                      <jw301:Omvang>
                        <ijw:Volume>2</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>
                      </jw301:Omvang>
                    </jw301:ToegewezenProduct>
                  </jw301:ToegewezenProducten>
                </jw301:Client>
                """
                                .formatted(
                                        bsn,
                                        nummer,
                                        referentie == null
                                                ? ""
                                                : "      <jw301:ReferentieAanbieder>" + referentie
                                                        + "</jw301:ReferentieAanbieder>\n",
                                        today(),
                                        tijd,
                                        ingangsdatum,
                                        einddatum));
    }

    /**
     * The aanbieder's 302 to the 301 with this Identificatie and Dagtekening: without codes it
     * approves the 301, with codes it rejects it (IV028: the 301's header copied, Afzender unchanged).
     */
    public static String jw302(String heenId, String heenDagtekening, String... codes) throws Exception {
        String retour = Files.readString(SHARED.resolve("ijw/3.2/berichten/JW302.xml"))
                .replaceFirst(
                        "<ijw:Identificatie>[^<]*</ijw:Identificatie>",
                        "<ijw:Identificatie>" + heenId + "</ijw:Identificatie>")
                .replaceFirst(
                        "<ijw:Dagtekening>[^<]*</ijw:Dagtekening>",
                        "<ijw:Dagtekening>" + heenDagtekening + "</ijw:Dagtekening>")
                .replaceFirst(
                        "<jw302:IdentificatieRetour>[^<]*</jw302:IdentificatieRetour>",
                        "<jw302:IdentificatieRetour>" + uniqueId() + "</jw302:IdentificatieRetour>")
                .replaceFirst(
                        "<jw302:DagtekeningRetour>[^<]*</jw302:DagtekeningRetour>",
                        "<jw302:DagtekeningRetour>" + today() + "</jw302:DagtekeningRetour>");
        StringBuilder retourCodes = new StringBuilder();
        for (String code : codes) {
            retourCodes.append("<jw302:RetourCode>").append(code).append("</jw302:RetourCode>");
        }
        return retour.replaceFirst(
                "(?s)<jw302:RetourCodes>.*</jw302:RetourCodes>",
                codes.length == 0 ? "" : "<jw302:RetourCodes>" + retourCodes + "</jw302:RetourCodes>");
    }
}
