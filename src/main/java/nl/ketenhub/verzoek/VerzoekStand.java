package nl.ketenhub.verzoek;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Antwoord;
import nl.ketenhub.canonical.AntwoordRepository;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.springframework.stereotype.Component;

/**
 * Reads what the level 3 rules of 315, 317 and 319 need from the canonical data set. Only state the
 * sender can see counts (OP095): toewijzingen and answers the aanbieder rejected count as never sent.
 */
@Component
class VerzoekStand {

    private final Clients clients;
    private final VerzoekRepository verzoeken;
    private final AntwoordRepository antwoorden;
    private final ToewijzingVersieRepository versies;

    VerzoekStand(
            Clients clients,
            VerzoekRepository verzoeken,
            AntwoordRepository antwoorden,
            ToewijzingVersieRepository versies) {
        this.clients = clients;
        this.verzoeken = verzoeken;
        this.antwoorden = antwoorden;
        this.versies = versies;
    }

    Stand315 voor315(VerzoekOmToewijzing bericht) {
        BerichtHeader header = bericht.header();
        Standaard standaard = header.type().standaard();
        Set<String> bekend = bericht.producten().stream()
                .map(AangevraagdProduct::referentieAanbieder)
                .filter(r -> referentieBekend(header.afzender(), standaard, r))
                .collect(Collectors.toSet());
        return new Stand315(onderhanden(header, bericht.bsn()), bekend);
    }

    Stand317 voor317(VerzoekOmWijziging bericht) {
        BerichtHeader header = bericht.header();
        String aanbieder = header.afzender();
        Optional<Long> client = clients.find(header.ontvanger(), header.type().standaard(), bericht.bsn());
        Map<Long, HuidigeToewijzing> toewijzingen = new HashMap<>();
        client.ifPresent(id -> versies.currentVersionsOfClient(id).stream()
                .filter(v -> v.getToewijzing().getAanbieder().equals(aanbieder))
                .forEach(v -> toewijzingen.put(v.getToewijzing().getToewijzingnummer(), huidig(v))));
        return new Stand317(
                !toewijzingen.isEmpty(),
                onderhanden(header, bericht.bsn()),
                referentieBekend(aanbieder, header.type().standaard(), bericht.referentieAanbieder()),
                toewijzingen);
    }

    Stand319 voor319(Antwoordbericht bericht) {
        BerichtHeader header = bericht.header();
        String gemeente = header.afzender();
        String aanbieder = header.ontvanger();
        Optional<Verzoek> verzoek = verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder(
                        aanbieder, header.type().standaard(), bericht.referentieAanbieder())
                .filter(v -> v.getGemeente().equals(gemeente));
        if (verzoek.isEmpty()) {
            return new Stand319(false, false, List.of());
        }
        boolean toegewezen = versies
                .findByReferentieAanbiederAndStatus(bericht.referentieAanbieder(), ToewijzingVersie.Status.ACTIVE)
                .stream()
                .map(ToewijzingVersie::getToewijzing)
                .anyMatch(t -> t.getAanbieder().equals(aanbieder)
                        && t.getGemeente().equals(gemeente)
                        && t.getStandaard() == header.type().standaard());
        List<String> eerder =
                antwoorden.findByVerzoekIdAndStatusOrderByIdAsc(verzoek.get().getId(), Antwoord.Status.ACTIVE).stream()
                        .map(Antwoord::getVerzoekAntwoord)
                        .toList();
        return new Stand319(true, toegewezen, eerder);
    }

    private boolean onderhanden(BerichtHeader header, String bsn) {
        return clients.find(header.ontvanger(), header.type().standaard(), bsn)
                .map(id -> !verzoeken.findOpen(id, header.afzender()).isEmpty())
                .orElse(false);
    }

    private boolean referentieBekend(String aanbieder, Standaard standaard, String referentie) {
        return verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder(aanbieder, standaard, referentie)
                .isPresent();
    }

    private static HuidigeToewijzing huidig(ToewijzingVersie v) {
        return new HuidigeToewijzing(
                v.getToewijzing().getToewijzingnummer(),
                v.getProduct(),
                v.getIngangsdatum(),
                v.getEinddatum(),
                v.getRedenWijziging(),
                v.getOmvang(),
                v.getBudget());
    }
}
