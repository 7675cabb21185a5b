package nl.ketenhub.verzoek;

import java.util.ArrayList;
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
 * WMO315 / JW315 from an aanbieder. The hub answers in the gemeente's name (decisions §1): accepted
 * requests are stored (one per AangevraagdProduct), forwarded to the gemeente and approved with a
 * 316 without RetourCodes; a rejected 315 is not forwarded and the aanbieder gets a 316 per IV028.
 */
@Component
class Verzoek315Handler implements BerichtHandler {

    private final Verzoek315Translator translator;
    private final Verzoek315Checks checks;
    private final VerzoekStand stand;
    private final VerzoekStore store;
    private final Answers answers;

    Verzoek315Handler(
            Verzoek315Translator translator,
            Verzoek315Checks checks,
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
        return Set.of(BerichtType.WMO315, BerichtType.JW315);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        VerzoekOmToewijzing verzoek = translator.translate(bericht);
        List<Finding> findings = checks.content(verzoek);
        if (findings.isEmpty()) {
            findings = checks.state(verzoek, stand.voor315(verzoek));
        }
        if (!findings.isEmpty()) {
            return Outcome.rejected(findings, answers.rejection(bericht, findings));
        }
        store.apply(verzoek, bericht.id());
        return accepted(bericht, answers);
    }

    /** Forward to the gemeente, and the approving retour to the aanbieder. */
    static Outcome accepted(InboundBericht bericht, Answers answers) {
        List<Outbound> outbound = new ArrayList<>();
        outbound.add(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD));
        outbound.addAll(answers.approval(bericht));
        return Outcome.accepted(outbound);
    }
}
