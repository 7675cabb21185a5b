package nl.ketenhub.regie;

import java.util.ArrayList;
import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.referentie.ReferentieRules;
import nl.ketenhub.retour.Answers;
import org.springframework.stereotype.Component;

/**
 * What the 305 and 307 handlers share. The hub answers in the gemeente's name (decisions §1): a
 * message that fails level 2, 3 or 4 (TR378, TR381) is not forwarded and the aanbieder gets the 306/308 per IV028
 * (0001, or 0200 with the rule's code on the class in error); nothing of it is applied (OP286). An
 * accepted one changes the regie state, is forwarded unchanged to the gemeente and is answered
 * with the approving 306/308.
 */
@Component
class RegieProcessing {

    private final RegieStore store;
    private final Answers answers;
    private final ReferentieRules referenties;
    private final RegieStateChecks stateChecks = new RegieStateChecks();

    RegieProcessing(RegieStore store, Answers answers, ReferentieRules referenties) {
        this.store = store;
        this.answers = answers;
        this.referenties = referenties;
    }

    Outcome process(InboundBericht bericht, Regiebericht regie) {
        List<Finding> findings = RegieChecks.check(regie);
        if (findings.isEmpty()) {
            findings = new ArrayList<>(stateChecks.check(regie, store.context(regie)));
            findings.addAll(externalSources(regie));
        }
        if (!findings.isEmpty()) {
            return Outcome.rejected(findings, answers.rejection(bericht, findings));
        }
        store.apply(regie, bericht.id());
        List<Outbound> outbound = new ArrayList<>();
        outbound.add(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD));
        outbound.addAll(answers.approval(bericht));
        return Outcome.accepted(outbound);
    }

    /**
     * TR378 for the gemeente (Ontvanger) on the ToewijzingIngangsdatum of every class, the start of
     * the toewijzing the class is about; TR381 for the Product of every class.
     */
    List<Finding> externalSources(Regiebericht regie) {
        return referenties.check(
                regie.gemeente(),
                regie.header().type().standaard(),
                regie.klassen().stream()
                        .map(RegieKlasse::toewijzingIngangsdatum)
                        .toList(),
                regie.klassen().stream().map(RegieKlasse::product).toList(),
                regie::klassePath);
    }
}
