package nl.ketenhub.retour;

import java.util.List;
import nl.ketenhub.bericht.Finding;
import nl.ketenhub.bericht.InboundBericht;
import nl.ketenhub.bericht.Level;
import nl.ketenhub.bericht.Outbound;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * The answer the sender of a heenbericht gets, in the receiver's name (decisions §1): the standard
 * retour filled per IV028 when every fault has a retourcode, otherwise the hub's own rejection
 * document naming the rule and the reason.
 */
@Component
public class Answers {

    private final RetourBuilder retouren;
    private final AfwijzingBuilder afwijzingen;
    private final RetourProperties properties;

    Answers(RetourBuilder retouren, AfwijzingBuilder afwijzingen, RetourProperties properties) {
        this.retouren = retouren;
        this.afwijzingen = afwijzingen;
        this.properties = properties;
    }

    /** The retour that approves a heenbericht: header only, without RetourCodes. */
    public List<Outbound> approval(InboundBericht bericht) {
        return bericht.type()
                .retour()
                .map(retour -> List.of(retour(bericht, List.of())))
                .orElse(List.of());
    }

    /** The answer to a rejected message. */
    public List<Outbound> rejection(InboundBericht bericht, List<Finding> findings) {
        boolean standard = findings.stream().allMatch(f -> f.retourCode() != null && f.level() != Level.POLICY);
        if (standard && bericht.type().retour().isPresent()) {
            return List.of(retour(bericht, findings));
        }
        byte[] document = afwijzingen.build(bericht.id().toString(), bericht.header(), findings);
        return List.of(new Outbound(bericht.partner(), null, document, Outbound.Kind.AFWIJZING));
    }

    private Outbound retour(InboundBericht bericht, List<Finding> findings) {
        Document retour = retouren.build(
                bericht.document(),
                bericht.type(),
                findings,
                Identificaties.next(),
                properties.basisschemaXsdVersie(),
                properties.berichtXsdVersie());
        return new Outbound(
                bericht.partner(),
                bericht.type().retour().orElseThrow(),
                retouren.toBytes(retour),
                Outbound.Kind.ANSWER);
    }
}
