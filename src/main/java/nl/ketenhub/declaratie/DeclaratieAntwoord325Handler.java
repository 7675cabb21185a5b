package nl.ketenhub.declaratie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.bericht.Standaard;
import nl.ketenhub.canonical.Clients;
import nl.ketenhub.canonical.Declaratie;
import nl.ketenhub.canonical.DeclaratieRepository;
import nl.ketenhub.canonical.PrestatieRepository;
import nl.ketenhub.partner.DeclaratieModus;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import nl.ketenhub.retour.Answers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WMO325 / JW325 from a gemeente. In mode BACKEND the back office answers the 323s the hub
 * forwarded: the 325 must refer to such a 323 and match the prestaties the hub forwarded
 * ({@link Antwoord325Checks}); it then decides those prestaties and goes to the aanbieder. A faulty
 * 325 is not delivered: the gemeente gets the hub's rejection document (the 325 has no retour). In
 * mode HUB the hub has already answered: a 325 of the back office is recorded and not forwarded.
 */
@Component
class DeclaratieAntwoord325Handler implements BerichtHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeclaratieAntwoord325Handler.class);

    private final DeclaratieAntwoord325Translator translator;
    private final DeclaratieRepository declaraties;
    private final PrestatieRepository prestaties;
    private final DeclaratieStore store;
    private final Clients clients;
    private final PartnerDirectory partners;
    private final Answers answers;

    DeclaratieAntwoord325Handler(
            DeclaratieAntwoord325Translator translator,
            DeclaratieRepository declaraties,
            PrestatieRepository prestaties,
            DeclaratieStore store,
            Clients clients,
            PartnerDirectory partners,
            Answers answers) {
        this.translator = translator;
        this.declaraties = declaraties;
        this.prestaties = prestaties;
        this.store = store;
        this.clients = clients;
        this.partners = partners;
        this.answers = answers;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO325, BerichtType.JW325);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        String gemeente = bericht.header().afzender();
        String aanbieder = bericht.header().ontvanger();
        Standaard standaard = bericht.type().standaard();
        DeclaratieModus modus =
                partners.find(gemeente).map(Partner::declaraties).orElse(DeclaratieModus.HUB);
        if (modus == DeclaratieModus.HUB) {
            LOG.info(
                    "bericht {}: gemeente {} answers its 323s through the hub; its 325 is recorded only",
                    bericht.id(),
                    gemeente);
            return Outcome.accepted(List.of());
        }
        DeclaratieAntwoordbericht antwoord = translator.translate(bericht);
        Optional<Declaratie> declaratie = declaraties
                .findByAanbiederAndGemeenteAndStandaardAndBerichtIdentificatie(
                        aanbieder, gemeente, standaard, antwoord.declaratieIdentificatie())
                .stream()
                .filter(d -> DeclaratieModus.BACKEND.name().equals(d.getModus()))
                .filter(d -> d.getBerichtDagtekening().equals(antwoord.declaratieDagtekening()))
                .findFirst();
        List<Finding> findings = new ArrayList<>(Antwoord325Checks.refersTo(antwoord, declaratie));
        if (findings.isEmpty()) {
            findings.addAll(Antwoord325Checks.tr342(antwoord));
            Map<String, Long> clientIds = new HashMap<>();
            for (DeclaratieAntwoordbericht.Client client : antwoord.clienten()) {
                clients.find(gemeente, standaard, client.bsn()).ifPresent(id -> clientIds.put(client.bsn(), id));
            }
            findings.addAll(Antwoord325Checks.prestaties(
                    antwoord, prestaties.findByDeclaratieOrderByIdAsc(declaratie.get()), clientIds));
        }
        if (!findings.isEmpty()) {
            return Outcome.rejected(findings, answers.rejection(bericht, findings));
        }
        List<String> afgewezen = antwoord.clienten().stream()
                .flatMap(c -> c.prestaties().stream())
                .map(p -> p.waarden().referentieNummer())
                .toList();
        boolean geheel = antwoord.declaratieNummer() == null
                || (!antwoord.antwoordRetourCodes().contains(Declaratie325Builder.GEEN_OPMERKING)
                        && !antwoord.antwoordRetourCodes().contains(Declaratie325Builder.GOEDGEKEURD));
        store.decide(declaratie.get(), afgewezen, geheel);
        return Outcome.accepted(List.of(
                        new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD)))
                .answering(declaratie.get().getBerichtId());
    }
}
