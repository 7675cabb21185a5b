package nl.ketenhub.routing;

import java.util.UUID;

/** A file or JMS message that intake refused; carries the reason the sender gets to see. */
public class IntakeRefusedException extends RuntimeException {

    private final UUID berichtId;

    IntakeRefusedException(UUID berichtId, String reason) {
        super(reason);
        this.berichtId = berichtId;
    }

    public UUID berichtId() {
        return berichtId;
    }
}
