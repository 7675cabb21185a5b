package nl.ketenhub.verzoek;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Outbound;
import nl.ketenhub.bericht.Outcome;
import nl.ketenhub.retour.Answers;
import org.springframework.stereotype.Component;

/**
 * The course the 315, 317 and 319 share: level 2 first, levels 3 and 4 only for a message that
 * passes it. A rejected message changes nothing and its sender gets the retour (IV028); an accepted
 * one is stored and forwarded, and a request (315/317) is approved in the gemeente's name.
 */
@Component
class VerzoekFlow {

    private final Answers answers;

    VerzoekFlow(Answers answers) {
        this.answers = answers;
    }

    /**
     * @param content the level 2 findings
     * @param crossMessage the level 3 and 4 findings, asked for only when there are no level 2 ones
     * @param store applies the accepted message to the canonical data set
     * @param approve whether the hub answers an accepted message with an approving retour (316/318)
     */
    Outcome handle(
            InboundBericht bericht,
            List<Finding> content,
            Supplier<List<Finding>> crossMessage,
            Runnable store,
            boolean approve) {
        List<Finding> findings = content.isEmpty() ? crossMessage.get() : content;
        if (!findings.isEmpty()) {
            return Outcome.rejected(findings, answers.rejection(bericht, findings));
        }
        store.run();
        List<Outbound> outbound = new ArrayList<>();
        outbound.add(new Outbound(bericht.receiver(), bericht.type(), bericht.payload(), Outbound.Kind.FORWARD));
        if (approve) {
            outbound.addAll(answers.approval(bericht));
        }
        return Outcome.accepted(outbound);
    }
}
