package nl.ketenhub.toewijzing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Antwoord;
import nl.ketenhub.canonical.AntwoordRepository;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Toewijzing;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.springframework.stereotype.Component;

/**
 * Applies an accepted 301 to the canonical data set: every ToegewezenProduct becomes a version of
 * its toewijzing (ordered later by Toewijzingsdatum/-tijd, never by arrival), and a request it
 * honours (ReferentieAanbieder) is marked toegewezen (and opened again when the aanbieder's 302
 * rejects the 301). A re-sent unchanged product (same decision
 * moment) adds no second version.
 */
@Component
class ToewijzingStore {

    private final Clients clients;
    private final ToewijzingRepository toewijzingen;
    private final ToewijzingVersieRepository versies;
    private final VerzoekRepository verzoeken;
    private final AntwoordRepository antwoorden;

    ToewijzingStore(
            Clients clients,
            ToewijzingRepository toewijzingen,
            ToewijzingVersieRepository versies,
            VerzoekRepository verzoeken,
            AntwoordRepository antwoorden) {
        this.clients = clients;
        this.toewijzingen = toewijzingen;
        this.versies = versies;
        this.verzoeken = verzoeken;
        this.antwoorden = antwoorden;
    }

    /** The toewijzingen already known for the 301's ToewijzingNummers: one query per distinct number. */
    KnownToewijzingen known(Toewijzingbericht bericht) {
        String gemeente = bericht.header().afzender();
        Standaard standaard = bericht.header().type().standaard();
        KnownToewijzingen known = new KnownToewijzingen();
        bericht.producten().stream()
                .map(ToegewezenProduct::toewijzingNummer)
                .distinct()
                .forEach(nummer -> toewijzingen
                        .findByGemeenteAndStandaardAndToewijzingnummer(gemeente, standaard, nummer)
                        .ifPresent(known::add));
        return known;
    }

    /** @param known {@link #known} for this 301, read in this transaction */
    void apply(Toewijzingbericht bericht, UUID berichtId, KnownToewijzingen known) {
        String gemeente = bericht.header().afzender();
        String aanbieder = bericht.header().ontvanger();
        Standaard standaard = bericht.header().type().standaard();
        long client = clients.findOrCreate(gemeente, standaard, bericht.bsn());
        for (ToegewezenProduct product : bericht.producten()) {
            Optional<Toewijzing> existing = known.find(product.toewijzingNummer());
            Toewijzing toewijzing = existing.orElseGet(() -> {
                Toewijzing created = toewijzingen.save(
                        new Toewijzing(gemeente, standaard, product.toewijzingNummer(), client, aanbieder));
                known.add(created);
                return created;
            });
            // a toewijzing created just now has no versions yet: no query needed
            boolean stored = existing.isPresent()
                    && versies.findByToewijzingOrderByToewijzingsdatumAscToewijzingstijdAscIdAsc(toewijzing).stream()
                            .anyMatch(v -> v.getStatus() == ToewijzingVersie.Status.ACTIVE
                                    && v.getToewijzingsdatum().equals(product.toewijzingsdatum())
                                    && v.getToewijzingstijd().equals(product.toewijzingstijd()));
            if (!stored) {
                versies.save(version(toewijzing, berichtId, product));
            }
            if (product.referentieAanbieder() != null) {
                verzoeken
                        .findByAanbiederAndStandaardAndReferentieAanbieder(
                                aanbieder, standaard, product.referentieAanbieder())
                        .ifPresent(verzoek -> verzoek.setState(Verzoek.State.TOEGEWEZEN));
            }
        }
    }

    private static ToewijzingVersie version(Toewijzing toewijzing, UUID berichtId, ToegewezenProduct product) {
        return new ToewijzingVersie(
                        toewijzing,
                        berichtId,
                        product.toewijzingsdatum(),
                        product.toewijzingstijd(),
                        product.ingangsdatum())
                .setProduct(product.product())
                .setEinddatum(product.einddatum())
                .setRedenWijziging(product.redenWijziging())
                .setOmvang(product.omvang())
                .setBudget(product.budget())
                .setReferentieAanbieder(product.referentieAanbieder());
    }

    /**
     * A 302 with RetourCodes: the 301's versions count as never sent (OP286), so a request they
     * honoured is open again, in the state its answers (319s the aanbieder did not reject) left it:
     * in onderzoek after a "2", otherwise pending. Another accepted 301 honouring it keeps it toegewezen.
     */
    int rejectedByReceiver(UUID heenberichtId) {
        var rejected = versies.findByBerichtId(heenberichtId);
        rejected.forEach(ToewijzingVersie::rejectByReceiver);
        rejected.stream()
                .filter(v -> v.getReferentieAanbieder() != null)
                .forEach(v -> reopen(v.getToewijzing(), v.getReferentieAanbieder()));
        return rejected.size();
    }

    private void reopen(Toewijzing toewijzing, String referentie) {
        boolean stillHonoured =
                versies.findByReferentieAanbiederAndStatus(referentie, ToewijzingVersie.Status.ACTIVE).stream()
                        .map(ToewijzingVersie::getToewijzing)
                        .anyMatch(t -> t.getAanbieder().equals(toewijzing.getAanbieder())
                                && t.getStandaard() == toewijzing.getStandaard());
        if (stillHonoured) {
            return;
        }
        verzoeken
                .findByAanbiederAndStandaardAndReferentieAanbieder(
                        toewijzing.getAanbieder(), toewijzing.getStandaard(), referentie)
                .filter(verzoek -> verzoek.getState() == Verzoek.State.TOEGEWEZEN)
                .ifPresent(verzoek -> verzoek.setState(stateBeforeToewijzing(verzoek)));
    }

    private Verzoek.State stateBeforeToewijzing(Verzoek verzoek) {
        List<Antwoord> active =
                antwoorden.findByVerzoekIdAndStatusOrderByIdAsc(verzoek.getId(), Antwoord.Status.ACTIVE);
        return active.isEmpty()
                ? Verzoek.State.PENDING
                : active.get(active.size() - 1).verzoekState();
    }
}
