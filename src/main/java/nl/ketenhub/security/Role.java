package nl.ketenhub.security;

/**
 * What a person may do. ADMIN includes OPERATOR, OPERATOR includes VIEWER; REGISSEUR stands apart:
 * it reads like a viewer, but only messages of its own gemeente.
 */
public enum Role {
    /** Reads the message browser (search, keten) and the channel and overdue views. */
    VIEWER,
    /** A viewer who also replays messages and pauses or resumes a partner's channel. */
    OPERATOR,
    /** An operator who also reads the configuration, the actuator beyond health and the audit trail. */
    ADMIN,
    /** Reads the message browser for the messages of one gemeente. */
    REGISSEUR;

    String authority() {
        return "ROLE_" + name();
    }
}
