package nl.ketenhub.security;

import java.util.Arrays;
import java.util.Objects;

/**
 * A person using the hub's operations API, as authenticated (configured user or OIDC token).
 *
 * @param gemeente the gemeentecode a regisseur is limited to; null for the other roles
 */
public record Person(String name, Role role, String gemeente) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (role == Role.REGISSEUR && (gemeente == null || !gemeente.matches("[0-9]{4}"))) {
            throw new IllegalArgumentException("regisseur " + name + " needs a gemeente (4-digit gemeentecode)");
        }
        if (role != Role.REGISSEUR) {
            gemeente = null;
        }
    }

    /** The gemeente this person's reading is limited to, or null when it may read every message. */
    public String limitedTo() {
        return gemeente;
    }

    /** Whether this person may read a message between these parties (sender, receiver, partner). */
    public boolean mayRead(String... parties) {
        return gemeente == null || Arrays.asList(parties).contains(gemeente);
    }
}
