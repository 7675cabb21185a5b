package nl.ketenhub.declaratie;

import java.util.List;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Declaratie;
import nl.ketenhub.canonical.DeclaratieRepository;
import nl.ketenhub.canonical.Prestatie;
import nl.ketenhub.canonical.PrestatieRepository;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.partner.DeclaratieModus;
import org.springframework.stereotype.Component;

/**
 * Stores a 323 that was not rejected as a whole, with the verdict on every prestatie: AFGEWEZEN
 * when the hub rejected it; TOEGEKEND when the hub answers for the gemeente (HUB); INGEDIEND until
 * the back office's 325 decides (BACKEND). A declaration rejected as a whole counts as never sent
 * and is not stored.
 */
@Component
class DeclaratieStore {

    private final Clients clients;
    private final DeclaratieRepository declaraties;
    private final PrestatieRepository prestaties;

    DeclaratieStore(Clients clients, DeclaratieRepository declaraties, PrestatieRepository prestaties) {
        this.clients = clients;
        this.declaraties = declaraties;
        this.prestaties = prestaties;
    }

    void store(Declaratiebericht bericht, Afwijzingen afwijzingen, DeclaratieModus modus, UUID berichtId) {
        String gemeente = bericht.header().ontvanger();
        Standaard standaard = bericht.header().type().standaard();
        Declaratie declaratie = declaraties.save(new Declaratie(
                        bericht.header().afzender(),
                        gemeente,
                        standaard,
                        bericht.declaratieNummer(),
                        bericht.periodeBegin(),
                        bericht.periodeEind(),
                        berichtId)
                .setBericht(
                        bericht.header().identificatie(),
                        bericht.header().dagtekening(),
                        bericht.header().basisschemaXsdVersie(),
                        bericht.header().berichtXsdVersie())
                .setModus(modus.name()));
        for (Rules323.At at : Rules323.prestaties(bericht)) {
            Declaratiebericht.Prestatie p = at.prestatie();
            long clientId = clients.findOrCreate(
                    gemeente, standaard, bericht.clienten().get(at.client()).bsn());
            Prestatie prestatie = new Prestatie(
                            declaratie,
                            clientId,
                            p.referentieNummer(),
                            p.vorigReferentieNummer(),
                            p.begin(),
                            p.eind(),
                            p.geleverdVolume(),
                            p.eenheid(),
                            p.bedrag(),
                            p.debetCredit())
                    .setToewijzingnummer(p.toewijzingNummer())
                    .setProduct(new Product(p.productCategorie(), p.productCode()))
                    .setTarief(p.productTarief());
            if (afwijzingen.rejected(at)) {
                prestatie.setStatus(Prestatie.Status.AFGEWEZEN);
            } else if (modus == DeclaratieModus.HUB) {
                prestatie.setStatus(Prestatie.Status.TOEGEKEND);
            }
            prestaties.save(prestatie);
        }
    }

    /**
     * The back office's 325 decides the prestaties the hub forwarded: the returned ones are
     * AFGEWEZEN, the others TOEGEKEND; a 325 that rejects the declaration as a whole rejects all.
     */
    void decide(Declaratie declaratie, List<String> afgewezenReferenties, boolean geheel) {
        for (Prestatie p : prestaties.findByDeclaratieOrderByIdAsc(declaratie)) {
            if (p.getStatus() != Prestatie.Status.INGEDIEND) {
                continue;
            }
            boolean afgewezen = geheel || afgewezenReferenties.contains(p.getReferentienummer());
            p.setStatus(afgewezen ? Prestatie.Status.AFGEWEZEN : Prestatie.Status.TOEGEKEND);
        }
    }
}
