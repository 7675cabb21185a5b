package nl.ketenhub.partner;

/** How a partner may hand messages to the hub. */
public enum IntakeChannel {
    JMS,
    FILE,
    HTTP
}
