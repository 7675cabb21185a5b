package nl.ketenhub.declaratie;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.partner.ContractRegister;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link Stand} of one 323 from the canonical data set and the contracts: its clients,
 * then {@link StandReads}' four reads for all its prestaties together.
 */
@Component
class StandLoader {

    private final Clients clients;
    private final StandReads reads;
    private final ContractRegister contracts;

    StandLoader(Clients clients, StandReads reads, ContractRegister contracts) {
        this.clients = clients;
        this.reads = reads;
        this.contracts = contracts;
    }

    Stand load(Declaratiebericht bericht) {
        String aanbieder = bericht.header().afzender();
        String gemeente = bericht.header().ontvanger();
        Standaard standaard = bericht.header().type().standaard();
        Map<String, Long> clientIds = new HashMap<>();
        Set<Long> nummers = new LinkedHashSet<>();
        Set<String> referenties = new LinkedHashSet<>();
        Set<String> vorige = new LinkedHashSet<>();
        for (Declaratiebericht.Client client : bericht.clienten()) {
            clients.find(gemeente, standaard, client.bsn()).ifPresent(id -> clientIds.put(client.bsn(), id));
            for (Declaratiebericht.Prestatie p : client.prestaties()) {
                nummers.add(p.toewijzingNummer());
                referenties.add(p.referentieNummer());
                if (p.vorigReferentieNummer() != null) {
                    vorige.add(p.vorigReferentieNummer());
                }
            }
        }
        StandReads.Declaraties earlier = reads.declaraties(aanbieder, gemeente, standaard, bericht.declaratieNummer());
        return new Stand(
                clientIds,
                reads.toewijzingen(gemeente, standaard, nummers),
                reads.prestatielog(aanbieder, standaard, referenties, vorige),
                contracts.contractsFor(gemeente, aanbieder, standaard),
                earlier.nummerBekend(),
                earlier.laatstePeriode());
    }
}
