package nl.ketenhub.partner;

/**
 * How the hub hands messages to a partner.
 *
 * @param target the queue (JMS), folder (FILE) or URL (HTTP); null for PULL, and null for JMS or FILE
 *     when the partner uses the hub's default queue or folder
 */
public record Delivery(Type type, String target) {

    public enum Type {
        JMS,
        FILE,
        HTTP,
        /** The partner fetches its messages from the hub's API. */
        PULL
    }
}
