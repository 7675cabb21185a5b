package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Toewijzing;
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

    private final ToewijzingVersieRepository versies;
    private final Clients clients;

    TR332(ToewijzingVersieRepository versies, Clients clients) {
        this.versies = versies;
        this.clients = clients;
    }

    /** @param known the toewijzingen of the 301's ToewijzingNummers ({@link ToewijzingStore#known}) */
    List<Finding> check(Toewijzingbericht bericht, KnownToewijzingen known) {
        String gemeente = bericht.header().afzender();
        Standaard standaard = bericht.header().type().standaard();
        Optional<Long> clientId = clients.find(gemeente, standaard, bericht.bsn());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            ToegewezenProduct product = bericht.producten().get(i);
            Optional<Toewijzing> existing = known.find(product.toewijzingNummer());
            if (existing.isEmpty()) {
                continue;
            }
            Toewijzing toewijzing = existing.get();
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
