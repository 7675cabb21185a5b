package nl.ketenhub.bericht;

/**
 * The control levels of the standard (IV032, IV088) plus the hub's own policy. Level 1 faults get
 * no retour (the sender gets an error); level 2 faults give retourcode 0001 on the header; level 3
 * and 4 faults carry their own code on the class in error. Policy faults are answered with the
 * hub's own rejection document.
 */
public enum Level {
    FORMAT(1),
    CONTENT(2),
    CROSS_MESSAGE(3),
    EXTERNAL(4),
    POLICY(5);

    private final int number;

    Level(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
