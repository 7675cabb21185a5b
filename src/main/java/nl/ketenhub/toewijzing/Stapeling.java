package nl.ketenhub.toewijzing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Actueel;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.ToewijzingVersie;
import nl.ketenhub.canonical.ToewijzingVersieRepository;
import org.springframework.stereotype.Component;

/**
 * HUB-STAPELING (hub contract policy, decisions §2): the same product may not be assigned twice to
 * one client with overlapping periods, also across separate 301s. Every product of the 301 that is
 * not deleted is compared with the current version of each of the client's other toewijzingen, with
 * the "same product" of TR302 (iWmo categories 11-14 may stack). Toewijzingen the 301 itself carries
 * (their new version is in the message; TR302 compares those) and deleted ones are left out.
 */
@Component
class Stapeling {

    static final String RULE = "HUB-STAPELING";

    private final Clients clients;
    private final ToewijzingVersieRepository versies;

    Stapeling(Clients clients, ToewijzingVersieRepository versies) {
        this.clients = clients;
        this.versies = versies;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        Standaard standaard = bericht.header().type().standaard();
        Optional<Long> client = clients.find(bericht.header().afzender(), standaard, bericht.bsn());
        if (client.isEmpty()) {
            return List.of();
        }
        Set<Long> inMessage = bericht.producten().stream()
                .map(ToegewezenProduct::toewijzingNummer)
                .collect(Collectors.toSet());
        List<ToewijzingVersie> others = versies.currentVersionsOfClient(client.get()).stream()
                .filter(v -> !inMessage.contains(v.getToewijzing().getToewijzingnummer()))
                .filter(v -> !Actueel.isVerwijderd(v))
                .toList();
        boolean iwmo = standaard == Standaard.IWMO;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            ToegewezenProduct product = bericht.producten().get(i);
            if (product.isVerwijderd()) {
                continue;
            }
            String path = Toewijzingbericht.productPath(i);
            others.stream()
                    .filter(v -> overlap(product, v) && TR302.sameProduct(product.product(), v.getProduct(), iwmo))
                    .findFirst()
                    .ifPresent(v -> findings.add(Finding.policy(RULE, describe(product, v), path)));
        }
        return findings;
    }

    private static String describe(ToegewezenProduct product, ToewijzingVersie versie) {
        return Rules301.describe(product) + " assigns the same product to the client as ToewijzingNummer "
                + versie.getToewijzing().getToewijzingnummer() + " (" + versie.getIngangsdatum() + " to "
                + (versie.getEinddatum() == null ? "open end" : versie.getEinddatum())
                + ") in an overlapping period";
    }

    private static boolean overlap(ToegewezenProduct product, ToewijzingVersie versie) {
        return !product.ingangsdatum().isAfter(end(versie.getEinddatum()))
                && !versie.getIngangsdatum().isAfter(end(product.einddatum()));
    }

    private static LocalDate end(LocalDate einddatum) {
        return einddatum == null ? LocalDate.MAX : einddatum;
    }
}
