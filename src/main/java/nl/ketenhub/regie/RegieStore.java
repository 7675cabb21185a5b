package nl.ketenhub.regie;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.bericht.MessageLog;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Bericht;
import nl.ketenhub.canonical.Client;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.RegieEvent;
import nl.ketenhub.canonical.RegieEventRepository;
import nl.ketenhub.canonical.Toewijzing;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.regie.RegieContext.BekendeToewijzing;
import org.springframework.stereotype.Component;

/**
 * The regie part of the canonical data set: reads what the level 3 rules need and records an
 * accepted 305/307 as {@link RegieEvent}s, one per class, in the order the rules applied them
 * (deletions first). Deletions are recorded too: replaying the events gives the state.
 */
@Component
class RegieStore {

    private final Clients clients;
    private final RegieEventRepository events;
    private final ToewijzingRepository toewijzingen;
    private final ToewijzingVersieRepository versies;
    private final MessageLog log;

    RegieStore(
            Clients clients,
            RegieEventRepository events,
            ToewijzingRepository toewijzingen,
            ToewijzingVersieRepository versies,
            MessageLog log) {
        this.clients = clients;
        this.events = events;
        this.toewijzingen = toewijzingen;
        this.versies = versies;
        this.log = log;
    }

    RegieContext context(Regiebericht bericht) {
        Standaard standaard = bericht.header().type().standaard();
        Optional<Client> client = clients.find(bericht.gemeente(), standaard, bericht.bsn());
        RegieState state = client.map(c -> RegieState.replay(applied(c.getId(), bericht.aanbieder())))
                .orElseGet(() -> RegieState.replay(List.of()));
        Map<Long, BekendeToewijzing> bekend = new HashMap<>();
        for (RegieKlasse klasse : bericht.klassen()) {
            Long nummer = klasse.toewijzingNummer();
            if (nummer != null && !bekend.containsKey(nummer)) {
                toewijzingen
                        .findByGemeenteAndStandaardAndToewijzingnummer(bericht.gemeente(), standaard, nummer)
                        .ifPresent(t -> bekend.put(nummer, bekend(t)));
            }
        }
        return new RegieContext(client.map(Client::getId).orElse(null), state, bekend);
    }

    void apply(Regiebericht bericht, UUID berichtId) {
        Standaard standaard = bericht.header().type().standaard();
        Client client = clients.findOrCreate(bericht.gemeente(), standaard, bericht.bsn());
        for (int i : RegieStateChecks.applyOrder(bericht)) {
            events.save(event(bericht.klassen().get(i), bericht, standaard, client.getId(), berichtId));
        }
    }

    private List<RegieKlasse> applied(Long clientId, String aanbieder) {
        return events.findByClientIdOrderByIdAsc(clientId).stream()
                .filter(e -> e.getAanbieder().equals(aanbieder))
                .map(RegieStore::klasse)
                .toList();
    }

    private BekendeToewijzing bekend(Toewijzing toewijzing) {
        boolean afgeleverd =
                versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(toewijzing).stream()
                        .filter(v -> v.getStatus() == ToewijzingVersie.Status.ACTIVE)
                        .anyMatch(v -> log.require(v.getBerichtId()).status() == Bericht.Status.DELIVERED);
        boolean verwijderd =
                versies.currentVersion(toewijzing).map(RegieStore::isVerwijderd).orElse(false);
        return new BekendeToewijzing(toewijzing.getClientId(), toewijzing.getAanbieder(), afgeleverd, verwijderd);
    }

    /** RedenWijziging 13 (or the obsolete 01) with Einddatum = Ingangsdatum. */
    private static boolean isVerwijderd(ToewijzingVersie versie) {
        return ("13".equals(versie.getRedenWijziging()) || "01".equals(versie.getRedenWijziging()))
                && versie.getIngangsdatum().equals(versie.getEinddatum());
    }

    private static RegieEvent event(
            RegieKlasse klasse, Regiebericht bericht, Standaard standaard, Long clientId, UUID berichtId) {
        RegieEvent event = new RegieEvent(
                        bericht.gemeente(),
                        bericht.aanbieder(),
                        standaard,
                        clientId,
                        klasse instanceof StartProduct ? RegieEvent.Soort.START : RegieEvent.Soort.STOP,
                        klasse.statusAanlevering(),
                        berichtId)
                .setToewijzing(klasse.toewijzingNummer(), klasse.toewijzingIngangsdatum())
                .setProduct(klasse.product())
                .setBegindatum(klasse.begindatum());
        if (klasse instanceof StopProduct stop) {
            event.setRedenBeeindiging(stop.redenBeeindiging()).setEinddatum(stop.einddatum());
        }
        return event;
    }

    private static RegieKlasse klasse(RegieEvent e) {
        if (e.getSoort() == RegieEvent.Soort.START) {
            return new StartProduct(
                    e.getToewijzingnummer(),
                    e.getProduct(),
                    e.getToewijzingIngangsdatum(),
                    e.getBegindatum(),
                    e.getStatusAanlevering());
        }
        return new StopProduct(
                e.getToewijzingnummer(),
                e.getProduct(),
                e.getToewijzingIngangsdatum(),
                e.getBegindatum(),
                e.getRedenBeeindiging(),
                e.getEinddatum(),
                e.getStatusAanlevering());
    }
}
