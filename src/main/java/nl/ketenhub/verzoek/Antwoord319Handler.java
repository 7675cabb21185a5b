package nl.ketenhub.verzoek;

import java.util.List;
import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.retour.Answers;
import org.springframework.stereotype.Component;

/**
 * WMO319 / JW319 from a gemeente: level 2 and level 3 (TR355, TR359, TR360, TR365). An accepted
 * answer updates its request and is forwarded unchanged to the aanbieder, whose 320 comes back
 * through the hub. A rejected one is not delivered; the gemeente gets a 320 per IV028 in the
 * aanbieder's name.
 */
@Component
class Antwoord319Handler implements BerichtHandler {

    private final Antwoord319Translator translator;
    private final Antwoord319Checks checks;
    private final VerzoekStand stand;
    private final VerzoekStore store;
    private final Answers answers;

    Antwoord319Handler(
            Antwoord319Translator translator,
            Antwoord319Checks checks,
            VerzoekStand stand,
            VerzoekStore store,
            Answers answers) {
        this.translator = translator;
        this.checks = checks;
        this.stand = stand;
        this.store = store;
        this.answers = answers;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO319, BerichtType.JW319);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        Antwoordbericht antwoord = translator.translate(bericht);
        List<Finding> findings = checks.content(antwoord);
        if (findings.isEmpty()) {
            findings = checks.state(antwoord, stand.voor319(antwoord));
        }
        if (!findings.isEmpty()) {
            return Outcome.rejected(findings, answers.rejection(bericht, findings));
        }
        store.apply(antwoord, bericht.id());
        return Outcome.accepted(
                List.of(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD)));
    }
}
