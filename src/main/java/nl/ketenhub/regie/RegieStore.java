package nl.ketenhub.regie;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.RegieEvent;
import nl.ketenhub.canonical.RegieEventRepository;
import org.springframework.stereotype.Component;

/**
 * The regie part of the canonical data set: reads what the level 3 rules need ({@link RegieReads}) and records an
 * accepted 305/307 as {@link RegieEvent}s, one per class, in the order the rules applied them
 * (deletions first). Deletions are recorded too: replaying the events gives the state.
 */
@Component
class RegieStore {

    private final Clients clients;
    private final RegieEventRepository events;
    private final RegieReads reads;

    RegieStore(Clients clients, RegieEventRepository events, RegieReads reads) {
        this.clients = clients;
        this.events = events;
        this.reads = reads;
    }

    RegieContext context(Regiebericht bericht) {
        Standaard standaard = bericht.header().type().standaard();
        Optional<Long> client = clients.find(bericht.gemeente(), standaard, bericht.bsn());
        RegieState state = client.map(id -> RegieState.replay(reads.applied(id, bericht.aanbieder())))
                .orElseGet(() -> RegieState.replay(List.of()));
        Set<Long> nummers = new LinkedHashSet<>();
        for (RegieKlasse klasse : bericht.klassen()) {
            if (klasse.toewijzingNummer() != null) {
                nummers.add(klasse.toewijzingNummer());
            }
        }
        return new RegieContext(client.orElse(null), state, reads.toewijzingen(bericht.gemeente(), standaard, nummers));
    }

    void apply(Regiebericht bericht, UUID berichtId) {
        Standaard standaard = bericht.header().type().standaard();
        long client = clients.findOrCreate(bericht.gemeente(), standaard, bericht.bsn());
        for (int i : RegieStateChecks.applyOrder(bericht)) {
            events.save(event(bericht.klassen().get(i), bericht, standaard, client, berichtId));
        }
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
}
