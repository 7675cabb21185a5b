package nl.ketenhub.bericht;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Processing of one family of message types (301, 302, ...): its translator, its rules, its state
 * changes and its answer. The pipeline has already checked levels 1 and the generic header rules.
 */
public interface BerichtHandler {

    Set<BerichtType> types();

    Outcome handle(InboundBericht bericht);

    /**
     * The answer to a message the pipeline's header rules (TR135, TR056) rejected before this
     * handler saw it. Empty: the pipeline answers with the retour or the hub's rejection document.
     * A 323 has no retour: its handler answers with a 325 carrying the header code (IV087).
     */
    default Optional<List<Outbound>> headerRejection(InboundBericht bericht, List<Finding> findings) {
        return Optional.empty();
    }
}
