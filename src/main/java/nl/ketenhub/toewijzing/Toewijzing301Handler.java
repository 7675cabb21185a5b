package nl.ketenhub.toewijzing;

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
 * WMO301 / JW301 from a gemeente: level 2 (in-message rules), level 3 (TR332, TR379, TR385),
 * level 4 (TR378, TR381), the hub's contract policy and its stacking rule across 301s
 * (HUB-STAPELING); accepted toewijzingen are stored as versions and forwarded unchanged to the
 * aanbieder. A rejected 301 is not delivered; the gemeente gets a 302 per IV028 in the aanbieder's
 * name, or the hub's rejection document for contract-policy faults.
 */
@Component
class Toewijzing301Handler implements BerichtHandler {

    private final Toewijzing301Translator translator;
    private final Toewijzing301Checks contentRules;
    private final TR332 tr332;
    private final TR379 tr379;
    private final TR385 tr385;
    private final ExternalSources301 externalSources;
    private final ContractPolicy contractPolicy;
    private final Stapeling stapeling;
    private final ToewijzingStore store;
    private final Answers answers;

    Toewijzing301Handler(
            Toewijzing301Translator translator,
            Toewijzing301Checks contentRules,
            TR332 tr332,
            TR379 tr379,
            TR385 tr385,
            ExternalSources301 externalSources,
            ContractPolicy contractPolicy,
            Stapeling stapeling,
            ToewijzingStore store,
            Answers answers) {
        this.translator = translator;
        this.contentRules = contentRules;
        this.tr332 = tr332;
        this.tr379 = tr379;
        this.tr385 = tr385;
        this.externalSources = externalSources;
        this.contractPolicy = contractPolicy;
        this.stapeling = stapeling;
        this.store = store;
        this.answers = answers;
    }

    @Override
    public Set<BerichtType> types() {
        return Set.of(BerichtType.WMO301, BerichtType.JW301);
    }

    @Override
    public Outcome handle(InboundBericht bericht) {
        Toewijzingbericht toewijzing = translator.translate(bericht);
        List<Finding> findings = contentRules.check(toewijzing);
        if (!findings.isEmpty()) {
            return rejected(bericht, findings);
        }
        KnownToewijzingen known = store.known(toewijzing);
        findings = new ArrayList<>(tr332.check(toewijzing, known));
        findings.addAll(tr379.check(toewijzing));
        findings.addAll(tr385.check(toewijzing));
        findings.addAll(externalSources.check(toewijzing));
        if (findings.isEmpty()) {
            findings = new ArrayList<>(contractPolicy.check(toewijzing));
            findings.addAll(stapeling.check(toewijzing));
        }
        if (!findings.isEmpty()) {
            return rejected(bericht, findings);
        }
        store.apply(toewijzing, bericht.id(), known);
        return Outcome.accepted(
                List.of(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD)));
    }

    private Outcome rejected(InboundBericht bericht, List<Finding> findings) {
        return Outcome.rejected(findings, answers.rejection(bericht, findings));
    }
}
