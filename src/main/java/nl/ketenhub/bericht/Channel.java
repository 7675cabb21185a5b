package nl.ketenhub.bericht;

/** How a message reached the hub or leaves it. HUB marks messages the hub wrote itself. */
public enum Channel {
    HTTP,
    FILE,
    JMS,
    PULL,
    HUB
}
