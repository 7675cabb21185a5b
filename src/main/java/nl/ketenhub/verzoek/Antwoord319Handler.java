package nl.ketenhub.verzoek;

import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;

/**
 * WMO319 / JW319 from a gemeente: level 2, level 3 (TR355, TR359, TR360, TR365) and level 4 (TR378). An accepted
 * answer updates its request and is forwarded unchanged to the aanbieder, whose 320 comes back
 * through the hub. A rejected one is not delivered; the gemeente gets a 320 per IV028 in the
 * aanbieder's name.
 */
@Component
class Antwoord319Handler implements BerichtHandler {

    private final Antwoord319Translator translator;
    private final Antwoord319Checks checks;
    private final VerzoekStand stand;
    private final VerzoekReferenties referenties;
    private final VerzoekStore store;
    private final VerzoekFlow flow;

    Antwoord319Handler(
            Antwoord319Translator translator,
            Antwoord319Checks checks,
            VerzoekStand stand,
            VerzoekReferenties referenties,
            VerzoekStore store,
            VerzoekFlow flow) {
        this.translator = translator;
        this.checks = checks;
        this.stand = stand;
        this.referenties = referenties;
        this.store = store;
        this.flow = flow;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO319, BerichtType.JW319);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        Antwoordbericht antwoord = translator.translate(bericht);
        return flow.handle(
                bericht,
                checks.content(antwoord),
                () -> VerzoekReferenties.with(
                        checks.state(antwoord, stand.voor319(antwoord)), referenties.voor319(antwoord)),
                () -> store.apply(antwoord, bericht.id()),
                false);
    }
}
