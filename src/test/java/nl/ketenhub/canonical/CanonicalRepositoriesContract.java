package nl.ketenhub.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Channel;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.PartyRole;
import nl.ketenhub.bericht.Standaard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import testsupport.JpaTestConfiguration;

/** The repository tests, run on H2 and on PostgreSQL by the subclasses. */
@SpringBootTest(
        classes = JpaTestConfiguration.class,
        properties = "spring.jpa.properties.jakarta.persistence.validation.mode=callback")
@Transactional
abstract class CanonicalRepositoriesContract {

    private static final Instant NOW = Instant.parse("2026-04-01T10:15:30Z");

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clients clients;

    @Autowired
    ClientRepository clientRepository;

    @Autowired
    ToewijzingRepository toewijzingen;

    @Autowired
    ToewijzingVersieRepository versies;

    @Autowired
    BerichtRepository berichten;

    @Autowired
    AfleveringRepository afleveringen;

    @Autowired
    VerzoekRepository verzoeken;

    @Autowired
    AntwoordRepository antwoorden;

    @Autowired
    DeclaratieRepository declaraties;

    @Autowired
    PrestatieRepository prestaties;

    @Autowired
    RegieEventRepository regieEvents;

    @Autowired
    PartnerEntityRepository partners;

    private Client client(String bsn) {
        return clientRepository
                .findById(clients.findOrCreate("0384", Standaard.IJW, bsn))
                .orElseThrow();
    }

    private ToewijzingVersie versie(Toewijzing t, String datum, String tijd) {
        return versies.save(new ToewijzingVersie(
                        t, UUID.randomUUID(), LocalDate.parse(datum), LocalTime.parse(tijd), LocalDate.parse(datum))
                .setProduct(new nl.ketenhub.canonical.Product("55", "55A11"))
                .setOmvang(new Omvang(4, "04", "2"))
                .setEinddatum(LocalDate.parse(datum).plusMonths(3)));
    }

    private static Bericht inbound(String afzender, BerichtType type, String identificatie, Bericht.Status status) {
        return new Bericht(Bericht.Direction.IN, Channel.HTTP, afzender, "<x/>", NOW)
                .setHeader(new BerichtHeader(
                        type, afzender, "42420001", identificatie, LocalDate.of(2026, 4, 1), "1.0.0", "1.0.0"))
                .setStatus(status, NOW);
    }

    @Test
    void flywayCreatedEveryTable() {
        for (String table : List.of(
                "partner",
                "contract",
                "client",
                "bericht",
                "bericht_finding",
                "aflevering",
                "toewijzing",
                "toewijzing_versie",
                "regie_event",
                "verzoek",
                "antwoord",
                "declaratie",
                "prestatie")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .as(table)
                    .isZero();
        }
    }

    @Test
    void currentVersionIsTheLatestByToewijzingsdatumAndTijdNotByArrival() {
        Toewijzing t = toewijzingen.save(
                new Toewijzing("0384", Standaard.IJW, 1001, client("999900006").getId(), "42420001"));
        ToewijzingVersie latest = versie(t, "2026-04-02", "10:00:00");
        versie(t, "2026-04-01", "12:00:00");
        ToewijzingVersie earlierSameDay = versie(t, "2026-04-02", "09:00:00");
        em.flush();
        em.clear();

        assertThat(versies.currentVersion(t))
                .get()
                .extracting(ToewijzingVersie::getId)
                .isEqualTo(latest.getId());
        assertThat(versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(t))
                .extracting(v -> v.getToewijzingstijd().toString())
                .containsExactly("12:00", "09:00", "10:00");
    }

    @Test
    void versionRejectedByTheReceiverCountsAsNeverSent() {
        Toewijzing t = toewijzingen.save(
                new Toewijzing("0384", Standaard.IJW, 1002, client("999900006").getId(), "42420001"));
        ToewijzingVersie first = versie(t, "2026-04-01", "12:00:00");
        ToewijzingVersie second = versie(t, "2026-04-02", "12:00:00");
        versies.findByBerichtId(second.getBerichtId()).forEach(ToewijzingVersie::rejectByReceiver);
        em.flush();
        em.clear();

        assertThat(versies.currentVersion(t))
                .get()
                .extracting(ToewijzingVersie::getId)
                .isEqualTo(first.getId());
        assertThat(versies.findById(second.getId()))
                .get()
                .extracting(ToewijzingVersie::getStatus)
                .isEqualTo(ToewijzingVersie.Status.REJECTED_BY_RECEIVER);

        first = versies.findById(first.getId()).orElseThrow();
        first.rejectByReceiver();
        em.flush();
        assertThat(versies.currentVersion(t)).isEmpty();
    }

    @Test
    void currentVersionsOfAClientTakeOneVersionPerToewijzing() {
        Long clientId = client("999900006").getId();
        Toewijzing a = toewijzingen.save(new Toewijzing("0384", Standaard.IJW, 2001, clientId, "42420001"));
        Toewijzing b = toewijzingen.save(new Toewijzing("0384", Standaard.IJW, 2002, clientId, "42420001"));
        Toewijzing other = toewijzingen.save(
                new Toewijzing("0384", Standaard.IJW, 2003, client("999900018").getId(), "42420001"));
        versie(a, "2026-04-01", "08:00:00");
        ToewijzingVersie aCurrent = versie(a, "2026-05-01", "08:00:00");
        ToewijzingVersie bCurrent = versie(b, "2026-04-01", "08:00:00");
        versie(b, "2026-06-01", "08:00:00").rejectByReceiver();
        versie(other, "2026-04-01", "08:00:00");
        em.flush();
        em.clear();

        assertThat(versies.currentVersionsOfClient(clientId))
                .extracting(ToewijzingVersie::getId)
                .containsExactly(aCurrent.getId(), bCurrent.getId());
    }

    @Test
    void versionKeepsProductOmvangAndBudget() {
        Toewijzing t = toewijzingen.save(
                new Toewijzing("0384", Standaard.IJW, 1003, client("999900006").getId(), "42420001"));
        ToewijzingVersie v = versie(t, "2026-04-01", "12:00:00").setReferentieAanbieder("40A12341234");
        em.flush();
        em.clear();

        ToewijzingVersie read = versies.findById(v.getId()).orElseThrow();
        assertThat(read.getProduct()).isEqualTo(new nl.ketenhub.canonical.Product("55", "55A11"));
        assertThat(read.getOmvang()).isEqualTo(new Omvang(4, "04", "2"));
        assertThat(read.getBudget()).isNull();
        assertThat(read.getReferentieAanbieder()).isEqualTo("40A12341234");
        assertThat(read.getToewijzing().getToewijzingnummer()).isEqualTo(1003);
    }

    @Test
    void tr056LookupFindsOnlyAcceptedInboundMessages() {
        berichten.save(inbound("0384", BerichtType.JW301, "ID-1", Bericht.Status.ACCEPTED));
        berichten.save(inbound("0384", BerichtType.JW301, "ID-2", Bericht.Status.REJECTED));
        berichten.save(inbound("0384", BerichtType.JW301, "ID-3", Bericht.Status.DELIVERED));
        em.flush();

        assertThat(berichten.existsAcceptedByAfzenderAndBerichtCodeAndIdentificatie("0384", "436", "ID-1"))
                .isTrue();
        assertThat(berichten.existsAcceptedByAfzenderAndBerichtCodeAndIdentificatie("0384", "436", "ID-3"))
                .isTrue();
        assertThat(berichten.existsAcceptedByAfzenderAndBerichtCodeAndIdentificatie("0384", "436", "ID-2"))
                .isFalse();
        assertThat(berichten.existsAcceptedByAfzenderAndBerichtCodeAndIdentificatie("0384", "414", "ID-1"))
                .isFalse();
        assertThat(berichten.existsAcceptedByAfzenderAndBerichtCodeAndIdentificatie("0363", "436", "ID-1"))
                .isFalse();
    }

    @Test
    void rejectedDuplicatesCanBeLogged() {
        berichten.save(inbound("0384", BerichtType.JW301, "ID-1", Bericht.Status.ACCEPTED));
        berichten.save(inbound("0384", BerichtType.JW301, "ID-1", Bericht.Status.REJECTED)
                .addFindings(List.of(Finding.crossMessage("TR056", "9056", "Identificatie al gebruikt", "Header"))));
        em.flush();

        assertThat(berichten.count()).isEqualTo(2);
        assertThat(berichten.findAll())
                .extracting(Bericht::getStatus)
                .containsExactlyInAnyOrder(Bericht.Status.ACCEPTED, Bericht.Status.REJECTED);
    }

    @Test
    void berichtKeepsPayloadFindingsAndRelations() {
        String bigPayload = "<x>" + "a".repeat(2_000_000) + "</x>";
        Bericht heen = berichten.save(new Bericht(Bericht.Direction.IN, Channel.FILE, "0384", bigPayload, NOW)
                .setType(BerichtType.WMO301)
                .setClientHash(clientRepository
                        .findById(clients.findOrCreate("0384", Standaard.IWMO, "999900006"))
                        .orElseThrow()
                        .getBsnHash()));
        Bericht retour = berichten.save(new Bericht(Bericht.Direction.OUT, Channel.HUB, "0384", "<r/>", NOW)
                .setType(BerichtType.WMO302)
                .setRelatedId(heen.getId())
                .addFindings(List.of(
                        Finding.content("CS002", "BSN voldoet niet aan de elfproef", "Client"),
                        Finding.format("XSD", "element X not expected"))));
        afleveringen.save(
                new Aflevering(retour.getId(), Channel.FILE, "out/0384", NOW, Aflevering.Outcome.FAILED, "disk full"));
        em.flush();
        em.clear();

        Bericht read = berichten.findById(heen.getId()).orElseThrow();
        assertThat(read.getPayload()).hasSize(bigPayload.length()).isEqualTo(bigPayload);
        assertThat(read.getBerichtCode()).isEqualTo("414");
        assertThat(read.getReceivedAt()).isEqualTo(NOW);
        assertThat(read.getClientHash()).matches("[0-9a-f]{64}");
        assertThat(berichten.findByRelatedIdOrderByReceivedAtAsc(heen.getId()))
                .singleElement()
                .satisfies(r -> assertThat(r.getFindings())
                        .containsExactly(
                                Finding.content("CS002", "BSN voldoet niet aan de elfproef", "Client"),
                                Finding.format("XSD", "element X not expected")));
        assertThat(afleveringen.findByBerichtIdOrderByAttemptAtAsc(retour.getId()))
                .singleElement()
                .extracting(Aflevering::getOutcome)
                .isEqualTo(Aflevering.Outcome.FAILED);
    }

    @Test
    void findOrCreateFindsTheSameClientThroughTheHash() {
        long created = clients.findOrCreate("0384", Standaard.IJW, "999900006");
        em.flush();
        em.clear();

        long found = clients.findOrCreate("0384", Standaard.IJW, "999900006");
        assertThat(found).isEqualTo(created);
        assertThat(clients.bsnOf(found)).isEqualTo("999900006");
        assertThat(clients.find("0384", Standaard.IWMO, "999900006")).isEmpty();
        assertThat(clients.findOrCreate("0363", Standaard.IJW, "999900006")).isNotEqualTo(created);
        assertThat(jdbc.queryForList("select bsn_hash || bsn_encrypted from client", String.class))
                .noneMatch(row -> row.contains("999900006"));
    }

    @Test
    void clientIsUniquePerGemeenteStandaardAndBsnHash() {
        Client first = client("999900006");
        em.flush();
        BsnProtector.Encrypted again = first.encryptedBsn();

        assertThatThrownBy(() -> clientRepository.saveAndFlush(
                        new Client("0384", Standaard.IJW, first.getBsnHash(), again, NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void toewijzingnummerIsUniquePerGemeenteAndStandaard() {
        Long clientId = client("999900006").getId();
        toewijzingen.saveAndFlush(new Toewijzing("0384", Standaard.IJW, 3001, clientId, "42420001"));
        toewijzingen.saveAndFlush(new Toewijzing("0384", Standaard.IWMO, 3001, clientId, "42420001"));

        assertThatThrownBy(() ->
                        toewijzingen.saveAndFlush(new Toewijzing("0384", Standaard.IJW, 3001, clientId, "65656055")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void verzoekIsUniquePerAanbiederStandaardAndReferentie() {
        Long clientId = client("999900006").getId();
        Verzoek verzoek = verzoeken.saveAndFlush(
                new Verzoek("65656055", "0384", Standaard.IJW, "9003", clientId, Verzoek.Soort.VOW, UUID.randomUUID()));
        antwoorden.saveAndFlush(
                new Antwoord(verzoek.getId(), "0384", "65656055", Standaard.IJW, "9003", "1", "3", UUID.randomUUID()));

        assertThat(verzoeken.findByAanbiederAndStandaardAndReferentieAanbieder("65656055", Standaard.IJW, "9003"))
                .get()
                .extracting(Verzoek::getState)
                .isEqualTo(Verzoek.State.PENDING);
        assertThat(antwoorden.findByVerzoekIdOrderByIdAsc(verzoek.getId()))
                .singleElement()
                .extracting(Antwoord::getRedenAfwijzing)
                .isEqualTo("3");
        assertThatThrownBy(() -> verzoeken.saveAndFlush(new Verzoek(
                        "65656055", "0363", Standaard.IJW, "9003", clientId, Verzoek.Soort.VOT, UUID.randomUUID())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theOpenRequestsOfAClientAtAnAanbiederArePendingOrInOnderzoek() {
        Long clientId = client("999900006").getId();
        Long other = client("999900018").getId();
        Verzoek pending = verzoek("65656055", "9101", clientId, Verzoek.State.PENDING);
        Verzoek onderzoek = verzoek("65656055", "9102", clientId, Verzoek.State.IN_ONDERZOEK);
        verzoek("65656055", "9103", clientId, Verzoek.State.AFGEWEZEN);
        verzoek("65656055", "9104", clientId, Verzoek.State.TOEGEWEZEN);
        verzoek("42420001", "9105", clientId, Verzoek.State.PENDING);
        verzoek("65656055", "9106", other, Verzoek.State.PENDING);
        em.flush();
        em.clear();

        assertThat(verzoeken.findOpen(clientId, "65656055"))
                .extracting(Verzoek::getId)
                .containsExactly(pending.getId(), onderzoek.getId());
        assertThat(verzoeken.findOpen(clientId, "42420002")).isEmpty();
    }

    private Verzoek verzoek(String aanbieder, String referentie, Long clientId, Verzoek.State state) {
        Verzoek verzoek = new Verzoek(
                aanbieder, "0384", Standaard.IJW, referentie, clientId, Verzoek.Soort.VOW, UUID.randomUUID());
        verzoek.setState(state);
        return verzoeken.save(verzoek);
    }

    @Test
    void declaratieIsUniquePerAanbiederStandaardAndNummer() {
        Long clientId = client("999900006").getId();
        Declaratie d = declaraties.saveAndFlush(new Declaratie(
                "65656055",
                "0384",
                Standaard.IJW,
                "DECL-1",
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30),
                UUID.randomUUID()));
        prestaties.saveAndFlush(new Prestatie(
                        d,
                        clientId,
                        "REF-1",
                        null,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 4, 30),
                        4,
                        "04",
                        5000,
                        "D")
                .setToewijzingnummer(1001L)
                .setProduct(new nl.ketenhub.canonical.Product("45", "45A03"))
                .setTarief(1250L));

        assertThat(prestaties.findByDeclaratieOrderByIdAsc(d))
                .singleElement()
                .extracting(Prestatie::getReferentienummer, Prestatie::getBedrag)
                .containsExactly("REF-1", 5000L);
        assertThatThrownBy(() -> declaraties.saveAndFlush(new Declaratie(
                        "65656055",
                        "0363",
                        Standaard.IJW,
                        "DECL-1",
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 5, 31),
                        UUID.randomUUID())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void regieEventsAreFoundByToewijzing() {
        Long clientId = client("999900006").getId();
        regieEvents.save(new RegieEvent(
                        "0363", "65656055", Standaard.IJW, clientId, RegieEvent.Soort.START, "1", UUID.randomUUID())
                .setToewijzing(4001L, LocalDate.of(2026, 4, 1))
                .setProduct(new nl.ketenhub.canonical.Product("55", "55A11"))
                .setBegindatum(LocalDate.of(2026, 4, 3)));
        regieEvents.save(new RegieEvent(
                        "0363", "65656055", Standaard.IJW, clientId, RegieEvent.Soort.STOP, "1", UUID.randomUUID())
                .setToewijzing(4001L, LocalDate.of(2026, 4, 1))
                .setBegindatum(LocalDate.of(2026, 4, 3))
                .setEinddatum(LocalDate.of(2026, 7, 17))
                .setRedenBeeindiging("02"));
        em.flush();
        em.clear();

        assertThat(regieEvents.findByGemeenteAndStandaardAndToewijzingnummerOrderByIdAsc("0363", Standaard.IJW, 4001L))
                .extracting(RegieEvent::getSoort)
                .containsExactly(RegieEvent.Soort.START, RegieEvent.Soort.STOP);
    }

    @Test
    void beanValidationRefusesABadPartnerCode() {
        assertThatThrownBy(() -> partners.saveAndFlush(new PartnerEntity("384", "Diemen", PartyRole.GEMEENTE)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("code");
    }
}
