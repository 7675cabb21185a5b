package nl.ketenhub.verzoek;

import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;

/**
 * WMO315 / JW315 from an aanbieder. The hub answers in the gemeente's name (decisions §1): accepted
 * requests are stored (one per AangevraagdProduct), forwarded to the gemeente and approved with a
 * 316 without RetourCodes; a rejected 315 is not forwarded and the aanbieder gets a 316 per IV028.
 */
@Component
class Verzoek315Handler implements BerichtHandler {

    private final Verzoek315Translator translator;
    private final Verzoek315Checks checks;
    private final VerzoekStand stand;
    private final VerzoekReferenties referenties;
    private final VerzoekStore store;
    private final VerzoekFlow flow;

    Verzoek315Handler(
            Verzoek315Translator translator,
            Verzoek315Checks checks,
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
        return Set.of(BerichtType.WMO315, BerichtType.JW315);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        VerzoekOmToewijzing verzoek = translator.translate(bericht);
        return flow.handle(
                bericht,
                checks.content(verzoek),
                () -> VerzoekReferenties.with(
                        checks.state(verzoek, stand.voor315(verzoek)), referenties.voor315(verzoek)),
                () -> store.apply(verzoek, bericht.id()),
                true);
    }
}
