package nl.ketenhub.declaratie;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Client;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.DeclaratieRepository;
import nl.ketenhub.canonical.Prestatie;
import nl.ketenhub.canonical.PrestatieRepository;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.partner.ContractRegister;
import org.springframework.stereotype.Component;

/** Loads the {@link Stand} of one 323 from the canonical data set and the contracts. */
@Component
class StandLoader {

    private final Clients clients;
    private final ToewijzingRepository toewijzingen;
    private final ToewijzingVersieRepository versies;
    private final PrestatieRepository prestaties;
    private final DeclaratieRepository declaraties;
    private final ContractRegister contracts;

    StandLoader(
            Clients clients,
            ToewijzingRepository toewijzingen,
            ToewijzingVersieRepository versies,
            PrestatieRepository prestaties,
            DeclaratieRepository declaraties,
            ContractRegister contracts) {
        this.clients = clients;
        this.toewijzingen = toewijzingen;
        this.versies = versies;
        this.prestaties = prestaties;
        this.declaraties = declaraties;
        this.contracts = contracts;
    }

    Stand load(Declaratiebericht bericht) {
        String aanbieder = bericht.header().afzender();
        String gemeente = bericht.header().ontvanger();
        Standaard standaard = bericht.header().type().standaard();
        Map<String, Long> clientIds = new HashMap<>();
        Map<Long, Toewijzingstand> stand = new HashMap<>();
        Set<String> ingediend = new HashSet<>();
        Set<String> toegekendeDebets = new HashSet<>();
        Set<String> gecrediteerd = new HashSet<>();
        for (Declaratiebericht.Client client : bericht.clienten()) {
            clients.find(gemeente, standaard, client.bsn())
                    .map(Client::getId)
                    .ifPresent(id -> clientIds.put(client.bsn(), id));
            for (Declaratiebericht.Prestatie p : client.prestaties()) {
                stand.computeIfAbsent(p.toewijzingNummer(), nummer -> toewijzing(gemeente, standaard, nummer));
                if (!prestaties
                        .findByReferentienummer(aanbieder, standaard, p.referentieNummer())
                        .isEmpty()) {
                    ingediend.add(p.referentieNummer());
                }
                if (p.vorigReferentieNummer() != null) {
                    String vorig = p.vorigReferentieNummer();
                    if (prestaties.findByReferentienummer(aanbieder, standaard, vorig).stream()
                            .anyMatch(d ->
                                    "D".equals(d.getDebetCredit()) && d.getStatus() == Prestatie.Status.TOEGEKEND)) {
                        toegekendeDebets.add(vorig);
                    }
                    if (prestaties.findCredits(aanbieder, standaard, vorig).stream()
                            .anyMatch(c -> c.getStatus() != Prestatie.Status.AFGEWEZEN)) {
                        gecrediteerd.add(vorig);
                    }
                }
            }
        }
        YearMonth laatste = declaraties
                .findFirstByAanbiederAndGemeenteAndStandaardOrderByPeriodeBeginDesc(aanbieder, gemeente, standaard)
                .map(d -> YearMonth.from(d.getPeriodeBegin()))
                .orElse(null);
        return new Stand(
                clientIds,
                stand,
                new Prestatielog(ingediend, toegekendeDebets, gecrediteerd),
                contracts.contractsFor(gemeente, aanbieder, standaard),
                declaraties.existsByAanbiederAndStandaardAndDeclaratienummer(
                        aanbieder, standaard, bericht.declaratieNummer()),
                laatste);
    }

    private Toewijzingstand toewijzing(String gemeente, Standaard standaard, long nummer) {
        return toewijzingen
                .findByGemeenteAndStandaardAndToewijzingnummer(gemeente, standaard, nummer)
                .map(t -> new Toewijzingstand(
                        nummer,
                        t.getClientId(),
                        t.getAanbieder(),
                        versies.currentVersion(t).map(Versie::of).orElse(null),
                        prestaties.findApprovedUncredited(gemeente, standaard, nummer).stream()
                                .map(StandLoader::claim)
                                .toList()))
                .orElse(null);
    }

    private static Claim claim(Prestatie p) {
        return new Claim(
                p.getReferentienummer(),
                p.getPeriodeBegin(),
                p.getPeriodeEind(),
                p.getProduct() == null ? "" : p.getProduct().categorie(),
                p.getProduct() == null ? "" : p.getProduct().code(),
                p.getGeleverdVolume(),
                p.getEenheid(),
                p.getBedrag());
    }
}
