package nl.ketenhub.toewijzing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Verzoek;
import nl.ketenhub.canonical.VerzoekRepository;
import org.springframework.stereotype.Component;

/**
 * TR379 (retourcode 9379): a ReferentieAanbieder in a 301 must be the reference of a request (VOT
 * or VOW) that this aanbieder sent to this gemeente for this client, not one that was rejected.
 */
@Component
class TR379 {

    private final VerzoekRepository verzoeken;
    private final Clients clients;

    TR379(VerzoekRepository verzoeken, Clients clients) {
        this.verzoeken = verzoeken;
        this.clients = clients;
    }

    List<Finding> check(Toewijzingbericht bericht) {
        String gemeente = bericht.header().afzender();
        String aanbieder = bericht.header().ontvanger();
        Standaard standaard = bericht.header().type().standaard();
        Optional<Long> clientId = clients.find(gemeente, standaard, bericht.bsn());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < bericht.producten().size(); i++) {
            String referentie = bericht.producten().get(i).referentieAanbieder();
            if (referentie == null) {
                continue;
            }
            Optional<Verzoek> verzoek =
                    verzoeken.findByAanbiederAndStandaardAndReferentieAanbieder(aanbieder, standaard, referentie);
            boolean matches = verzoek.isPresent()
                    && verzoek.get().getGemeente().equals(gemeente)
                    && clientId.isPresent()
                    && clientId.get().equals(verzoek.get().getClientId())
                    && verzoek.get().getState() != Verzoek.State.AFGEWEZEN;
            if (!matches) {
                findings.add(Finding.crossMessage(
                        "TR379",
                        "9379",
                        "ReferentieAanbieder " + referentie + " does not refer to an open request of aanbieder "
                                + aanbieder + " for this client",
                        Toewijzingbericht.productPath(i)));
            }
        }
        return findings;
    }
}
