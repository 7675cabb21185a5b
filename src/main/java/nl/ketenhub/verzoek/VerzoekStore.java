package nl.ketenhub.verzoek;

import java.util.UUID;
import nl.ketenhub.bericht.BerichtHeader;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Antwoord;
import nl.ketenhub.canonical.AntwoordRepository;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.springframework.stereotype.Component;

/**
 * Applies accepted 315s, 317s and 319s to the canonical data set: one request per
 * ReferentieAanbieder (a VOT per AangevraagdProduct, a VOW per 317), PENDING once the hub accepts
 * it; a 319 moves its request to IN_ONDERZOEK (2) or AFGEWEZEN (1). A 319 its aanbieder rejects
 * with a 320 counts as never sent: its request gets back the state it had.
 */
@Component
class VerzoekStore {

    private final Clients clients;
    private final VerzoekRepository verzoeken;
    private final AntwoordRepository antwoorden;

    VerzoekStore(Clients clients, VerzoekRepository verzoeken, AntwoordRepository antwoorden) {
        this.clients = clients;
        this.verzoeken = verzoeken;
        this.antwoorden = antwoorden;
    }

    void apply(VerzoekOmToewijzing bericht, UUID berichtId) {
        long client = client(bericht.header(), bericht.bsn());
        for (AangevraagdProduct product : bericht.producten()) {
            verzoeken.save(
                    verzoek(bericht.header(), product.referentieAanbieder(), client, Verzoek.Soort.VOT, berichtId));
        }
    }

    void apply(VerzoekOmWijziging bericht, UUID berichtId) {
        long client = client(bericht.header(), bericht.bsn());
        verzoeken.save(verzoek(bericht.header(), bericht.referentieAanbieder(), client, Verzoek.Soort.VOW, berichtId));
    }

    void apply(Antwoordbericht bericht, UUID berichtId) {
        BerichtHeader header = bericht.header();
        Standaard standaard = header.type().standaard();
        Verzoek verzoek = verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder(
                        header.ontvanger(), standaard, bericht.referentieAanbieder())
                .orElseThrow(() -> new IllegalStateException("an accepted 319 answers a known request (TR355)"));
        Verzoek.State vorige = verzoek.getState();
        Antwoord antwoord = antwoorden.save(new Antwoord(
                        verzoek.getId(),
                        header.afzender(),
                        header.ontvanger(),
                        standaard,
                        bericht.referentieAanbieder(),
                        bericht.verzoekAntwoord(),
                        bericht.redenAfwijzingVerzoek(),
                        berichtId)
                .setVorigeState(vorige));
        verzoek.setState(antwoord.verzoekState());
    }

    /** A 320 with RetourCodes: the 319's answers count as never sent (OP286). Returns how many. */
    int rejectedByReceiver(UUID heenberichtId) {
        var rejected = antwoorden.findByBerichtId(heenberichtId);
        for (Antwoord antwoord : rejected) {
            if (antwoord.getStatus() != Antwoord.Status.ACTIVE) {
                continue;
            }
            antwoord.rejectByReceiver();
            if (antwoord.getVerzoekId() != null && antwoord.getVorigeState() != null) {
                verzoeken
                        .findById(antwoord.getVerzoekId())
                        .filter(v -> v.getState() == antwoord.verzoekState())
                        .ifPresent(v -> v.setState(antwoord.getVorigeState()));
            }
        }
        return rejected.size();
    }

    private long client(BerichtHeader header, String bsn) {
        return clients.findOrCreate(header.ontvanger(), header.type().standaard(), bsn);
    }

    private static Verzoek verzoek(
            BerichtHeader header, String referentie, long client, Verzoek.Soort soort, UUID berichtId) {
        return new Verzoek(
                header.afzender(), header.ontvanger(), header.type().standaard(), referentie, client, soort, berichtId);
    }
}
