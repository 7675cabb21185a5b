package nl.ketenhub.bericht;

/**
 * A message the hub sends as the result of processing an inbound one.
 *
 * @param receiver partner code of the receiver
 * @param type the message type, or null for the hub's own rejection document
 * @param payload the bytes to deliver
 */
public record Outbound(String receiver, BerichtType type, byte[] payload, Kind kind) {

    public enum Kind {
        /** the inbound message itself, forwarded unchanged */
        FORWARD,
        /** a retour (302, 306, ...) or 325 the hub writes in the receiver's name */
        ANSWER,
        /** the hub's own rejection document */
        AFWIJZING
    }
}
