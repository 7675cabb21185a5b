package nl.ketenhub.verzoek;

import java.util.Set;
import nl.ketenhub.bericht.BerichtHandler;
import nl.ketenhub.bericht.BerichtType;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outcome;
import org.springframework.stereotype.Component;

/**
 * WMO317 / JW317 from an aanbieder. The hub answers in the gemeente's name (decisions §1): an
 * accepted VOW is stored, forwarded to the gemeente and approved with a 318 without RetourCodes; a
 * rejected one is not forwarded and the aanbieder gets a 318 per IV028.
 */
@Component
class Verzoek317Handler implements BerichtHandler {

    private final Verzoek317Translator translator;
    private final Verzoek317Checks checks;
    private final VerzoekStand stand;
    private final VerzoekReferenties referenties;
    private final VerzoekStore store;
    private final VerzoekFlow flow;

    Verzoek317Handler(
            Verzoek317Translator translator,
            Verzoek317Checks checks,
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
        return Set.of(BerichtType.WMO317, BerichtType.JW317);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        VerzoekOmWijziging verzoek = translator.translate(bericht);
        return flow.handle(
                bericht,
                checks.content(verzoek),
                () -> VerzoekReferenties.with(
                        checks.state(verzoek, stand.voor317(verzoek)), referenties.voor317(verzoek)),
                () -> store.apply(verzoek, bericht.id()),
                true);
    }
}
