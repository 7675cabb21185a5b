package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Toewijzing;
import nl.ketenhub.canonical.ToewijzingRepository;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import org.springframework.stereotype.Component;

/**
 * TR332 (retourcode 9332): a ToewijzingNummer is unique per gemeente within the legal domain. A
 * number the hub already knows may come back only for the same client, the same aanbieder and the
 * same product; anything else reuses it.
 */
@Component
class TR332 {

    private final ToewijzingRepository toewijzingen;
    private final ToewijzingVersieRepository versies;
    private final Clients clients;

    TR332(ToewijzingRepository toewijzingen, ToewijzingVersieRepository versies, Clients clients) {
        this.toewijzingen = toewijzingen;
        this.versies = versies;
        this.clients = clients;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        String gemeente = bericht.header().afzender();
        Standaard standaard = bericht.header().type().standaard();
        Optional<Long> clientId = clients.find(gemeente, standaard, bericht.bsn());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            ToegewezenProduct product = bericht.producten().get(i);
            Optional<Toewijzing> known = toewijzingen.findByGemeenteAndStandaardAndToewijzingnummer(
                    gemeente, standaard, product.toewijzingNummer());
            if (known.isEmpty()) {
                continue;
            }
            Toewijzing toewijzing = known.get();
            String reason = null;
            if (clientId.isEmpty() || !clientId.get().equals(toewijzing.getClientId())) {
                reason = "another client";
            } else if (!toewijzing.getAanbieder().equals(bericht.header().ontvanger())) {
                reason = "another aanbieder";
            } else if (!sameProduct(versies.currentVersion(toewijzing), product)) {
                reason = "another product";
            }
            if (reason != null) {
                findings.add(Finding.crossMessage(
                        "TR332",
                        "9332",
                        "ToewijzingNummer " + product.toewijzingNummer() + " is already in use for " + reason,
                        Toewijzingbericht.productPath(i)));
            }
        }
        return findings;
    }

    private static boolean sameProduct(Optional<ToewijzingVersie> current, ToegewezenProduct product) {
        if (current.isEmpty()) {
            return true;
        }
        String categorie = product.product() == null ? null : product.product().categorie();
        String code = product.product() == null ? null : product.product().code();
        return Objects.equals(current.get().getProductcategorie(), categorie)
                && Objects.equals(current.get().getProductcode(), code);
    }
}
