package nl.ketenhub.declaratie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.ClockConfiguration;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.canonical.Product;
import nl.ketenhub.partner.DeclaratieModus;
import nl.ketenhub.partner.Partner;
import nl.ketenhub.partner.PartnerDirectory;
import nl.ketenhub.referentie.ReferentieRules;
import nl.ketenhub.retour.Identificaties;
import nl.ketenhub.retour.RetourProperties;
import org.springframework.stereotype.Component;

/**
 * WMO323 / JW323 from an aanbieder: level 2 (the whole declaration, 0001), then levels 3 and 4 per
 * Declaratie, client and prestatie ({@link Beoordeling}). The 323 is stored with the verdict on
 * every prestatie, and forwarded to the gemeente reduced to the prestaties that passed. In mode
 * HUB the aanbieder always gets the hub's 325 in the gemeente's name; in mode BACKEND only when the
 * hub rejected something (the back office answers the rest with its own 325).
 */
@Component
class Declaratie323Handler implements BerichtHandler {

    private final Declaratie323Translator translator;
    private final Declaratie323Checks contentRules;
    private final StandLoader standLoader;
    private final DeclaratieStore store;
    private final PartnerDirectory partners;
    private final RetourProperties retour;
    private final Clock clock;
    private final ReferentieRules referenties;

    Declaratie323Handler(
            Declaratie323Translator translator,
            Declaratie323Checks contentRules,
            StandLoader standLoader,
            DeclaratieStore store,
            PartnerDirectory partners,
            RetourProperties retour,
            Clock clock,
            ReferentieRules referenties) {
        this.translator = translator;
        this.contentRules = contentRules;
        this.standLoader = standLoader;
        this.store = store;
        this.partners = partners;
        this.retour = retour;
        this.clock = clock;
        this.referenties = referenties;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO323, BerichtType.JW323);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        Declaratiebericht declaratie = translator.translate(bericht);
        List<Finding> findings = contentRules.check(declaratie);
        if (findings.isEmpty()) {
            findings = new ArrayList<>(externalSources(declaratie));
            findings.addAll(Beoordeling.judge(declaratie, standLoader.load(declaratie)));
        }
        Afwijzingen afwijzingen = Afwijzingen.of(declaratie, findings);
        DeclaratieModus modus =
                partners.find(bericht.receiver()).map(Partner::declaraties).orElse(DeclaratieModus.HUB);
        if (!afwijzingen.declaratie()) {
            store.store(declaratie, afwijzingen, modus, bericht.id());
        }
        List<Outbound> outbound = new ArrayList<>();
        if (modus == DeclaratieModus.HUB || !findings.isEmpty()) {
            outbound.add(antwoord(bericht, declaratie, findings));
        }
        boolean forwarded = !afwijzingen.declaratie()
                && Rules323.prestaties(declaratie).stream().anyMatch(at -> !afwijzingen.rejected(at));
        if (forwarded) {
            outbound.add(new Outbound(
                    bericht.receiver(),
                    bericht.type(),
                    Doorsturen.reduced(bericht, declaratie, afwijzingen),
                    Outbound.Kind.FORWARD));
        }
        return new Outcome(forwarded, findings, outbound);
    }

    /**
     * TR378 for the gemeente (Ontvanger) on the Dagtekening, reported on the Header (the whole
     * declaration is rejected); TR381 for the product of every prestatie, which rejects only that
     * prestatie.
     */
    List<Finding> externalSources(Declaratiebericht declaratie) {
        List<Product> products = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int c = 0; c < declaratie.clienten().size(); c++) {
            List<Declaratiebericht.Prestatie> prestaties =
                    declaratie.clienten().get(c).prestaties();
            for (int p = 0; p < prestaties.size(); p++) {
                products.add(new Product(
                        prestaties.get(p).productCategorie(), prestaties.get(p).productCode()));
                paths.add(Declaratiebericht.prestatiePath(c, p));
            }
        }
        return referenties.check(
                declaratie.header().ontvanger(),
                declaratie.header().type().standaard(),
                List.of(declaratie.header().dagtekening()),
                products,
                paths::get);
    }

    /** A 323 that TR135 or TR056 rejected is answered with a 325 carrying that code in its header. */
    @Override
    public java.util.Optional<List<Outbound>> headerRejection(InboundBericht bericht, List<Finding> findings) {
        return java.util.Optional.of(List.of(antwoord(bericht, translator.translate(bericht), findings)));
    }

    private Outbound antwoord(InboundBericht bericht, Declaratiebericht declaratie, List<Finding> findings) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.AMSTERDAM));
        byte[] payload = Declaratie325Builder.build(
                declaratie,
                findings,
                new Declaratie325Builder.Settings(
                        Identificaties.next(),
                        today,
                        retour.basisschemaXsdVersie(),
                        retour.berichtXsdVersie(),
                        retour.xsltVersie()));
        return new Outbound(
                bericht.partner(), BerichtType.of(bericht.type().standaard(), 325), payload, Outbound.Kind.ANSWER);
    }
}
