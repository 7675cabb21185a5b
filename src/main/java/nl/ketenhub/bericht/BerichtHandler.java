package nl.ketenhub.bericht;

import java.util.Set;

/**
 * Processing of one family of message types (301, 302, ...): its translator, its rules, its state
 * changes and its answer. The pipeline has already checked levels 1 and the generic header rules.
 */
public interface BerichtHandler {

    Set<BerichtType> types();

    Outcome handle(InboundBericht bericht);
}
