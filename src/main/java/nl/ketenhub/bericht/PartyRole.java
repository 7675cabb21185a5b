package nl.ketenhub.bericht;

/** The two kinds of party in the chain. */
public enum PartyRole {
    GEMEENTE,
    AANBIEDER;

    public PartyRole other() {
        return this == GEMEENTE ? AANBIEDER : GEMEENTE;
    }
}
